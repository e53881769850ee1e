using Lucene.Net.Index;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Lucene's tiered merging, plus one rule for live edits: every commit of an edited note writes a segment of one
/// document, and the tiered policy lets a dozen or more of those pile up beside the big segments (it budgets by
/// size, and they are tiny). Every query pays per segment (at 100k notes, 23 edits took an index from 3 to 17
/// segments and raised the work of a query by half), so once more than <see cref="MaxSmallSegments"/> small segments
/// exist they are merged into one. That merge reads only the small segments: it takes milliseconds, and the big
/// segments a rebuild writes are never touched by it.
/// </summary>
internal sealed class LiveEditMergePolicy : TieredMergePolicy
{
    /// <summary>Small segments allowed to wait for a merge.</summary>
    public const int MaxSmallSegments = 4;

    /// <summary>A segment under this size counts as small (a note is a few KB; a rebuild writes segments of 100 MB).</summary>
    public const long SmallSegmentBytes = 1 << 20;

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos)
    {
        var merging = m_writer.Get().MergingSegments;
        var small = infos.Segments.Where(segment => !merging.Contains(segment) && Size(segment) < SmallSegmentBytes).ToList();
        if (small.Count <= MaxSmallSegments)
            return base.FindMerges(mergeTrigger, infos);
        var merges = new MergeSpecification();
        merges.Add(new OneMerge(small));
        return merges;
    }
}
