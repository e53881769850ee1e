using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Tests.Indexing;

public sealed class LiveEditMergePolicyTests : IDisposable
{
    private readonly RAMDirectory directory = new();

    [Fact]
    public void OneNoteCommitsAreMergedOnceAFewPileUp()
    {
        var segments = CommitOneNoteAtATime(new LiveEditMergePolicy { SegmentsPerTier = 50, MaxMergeAtOnce = 50, FloorSegmentMB = 0.0001 });

        Assert.InRange(segments, 1, LiveEditMergePolicy.MaxSmallSegments + 1);
    }

    [Fact]
    public void TieredMergingAloneWouldHaveKeptThemAll()
    {
        // The same budget as above, without the live-edit rule: this is the pile-up the rule is for (a big index's
        // budget leaves room for many small segments; here the budget is set so a small test index has it too).
        var segments = CommitOneNoteAtATime(new TieredMergePolicy { SegmentsPerTier = 50, MaxMergeAtOnce = 50, FloorSegmentMB = 0.0001 });

        Assert.Equal(12, segments);
    }

    [Fact]
    public void NothingIsLostByMerging()
    {
        CommitOneNoteAtATime(new LiveEditMergePolicy { SegmentsPerTier = 50, MaxMergeAtOnce = 50, FloorSegmentMB = 0.0001 });

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(12, reader.NumDocs);
    }

    private int CommitOneNoteAtATime(MergePolicy policy)
    {
        var config = new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing()) { MergePolicy = policy };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var note = 0; note < 12; note++)
            {
                writer.AddDocument(new Document { new StringField(NoteFields.Slug, $"note-{note}", Field.Store.YES) });
                writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    public void Dispose() => directory.Dispose();
}
