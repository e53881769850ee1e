namespace NotesSearch.Core.Searching;

/// <summary>
/// One segment's facet ordinals mapped to values, built once per segment core and cached (a segment never changes):
/// counting then works on ordinals alone, with no strings per hit.
/// </summary>
/// <param name="TopicIds">Topic ordinal → topic id in <see cref="FacetOrdinals"/> (several labels of one key share an id).</param>
/// <param name="Years">Year ordinal → year (2026).</param>
/// <param name="Months">Month ordinal → yyyyMM (202603).</param>
internal sealed record SegmentFacets(int[] TopicIds, int[] Years, int[] Months);
