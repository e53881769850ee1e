using Lucene.Net.Index;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using static NotesSearch.Core.Tests.Indexing.IndexerNotes;

namespace NotesSearch.Core.Tests.Indexing;

public sealed class NoteIndexerTests : IDisposable
{
    private readonly RAMDirectory directory = new();

    [Fact]
    public void FirstRunIndexesEveryNoteAndCommitsOnce()
    {
        using var indexer = NoteIndexer.Open(directory);

        var report = indexer.Sync(Files(Make("a"), Make("b"), Make("c")));

        Assert.Equal((3, 0, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(["a", "b", "c"], Slugs());
        Assert.Equal(NoteFields.FormatVersion, NoteIndexer.ReadFormat(directory));
    }

    [Fact]
    public void RunWithNothingChangedRewritesNothing()
    {
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(Files(Make("a"), Make("b")));
        var generation = Generation();

        var report = indexer.Sync(Files(Make("a"), Make("b")));

        Assert.Equal((0, 2, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(generation, Generation());
    }

    [Fact]
    public void OneChangedNoteIsTheOnlyOneRewritten()
    {
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(Files(Make("a"), Make("b"), Make("c")));

        var report = indexer.Sync(Files(Make("a"), Make("b", "new words"), Make("c")));

        Assert.Equal((1, 2, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(["a", "b", "c"], Slugs());
    }

    [Fact]
    public void DeletedNoteIsRemovedFromTheIndex()
    {
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(Files(Make("a"), Make("b")));

        var report = indexer.Sync(Files(Make("a")));

        Assert.Equal((0, 1, 1), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(["a"], Slugs());
    }

    [Fact]
    public void NoteThatBreaksKeepsItsPreviousVersion()
    {
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(Files(Make("a"), Make("b")));

        var report = indexer.Sync([File(Make("a")), Broken("b.md")]);

        Assert.Equal((0, 1, 0, 1), (report.Indexed, report.Unchanged, report.Removed, report.Errors));
        Assert.Equal(["a", "b"], Slugs());
    }

    [Fact]
    public void IndexerThatDiesBeforeCommitLeavesThePreviousCommitReadable()
    {
        using (var first = NoteIndexer.Open(directory))
            first.Sync(Files(Make("a"), Make("b")));
        using var cancel = new CancellationTokenSource();

        var indexer = NoteIndexer.Open(directory);
        var run = () => indexer.Sync(Files(Make("c"), Make("d"), Make("e")), full: true,
            progress: p => { if (p.Seen == 2) cancel.Cancel(); }, cancellation: cancel.Token);

        Assert.Throws<OperationCanceledException>(run);
        Assert.Equal(["a", "b"], Slugs());
    }

    [Fact]
    public void IndexOfAnotherFormatVersionIsRebuilt()
    {
        using (var old = new IndexWriter(directory, new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing())))
        {
            old.AddDocument(NoteDocuments.ToDocument(Make("stale")));
            old.SetCommitData(new Dictionary<string, string> { [NoteFields.FormatKey] = "0" });
            old.Commit();
        }

        using var indexer = NoteIndexer.Open(directory);
        var report = indexer.Sync(Files(Make("a")));

        Assert.True(report.Rebuilt);
        Assert.Equal(["a"], Slugs());
        Assert.Equal(NoteFields.FormatVersion, NoteIndexer.ReadFormat(directory));
    }

    [Fact]
    public void FullRunRewritesEveryNote()
    {
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(Files(Make("a"), Make("b")));

        var report = indexer.Sync(Files(Make("a"), Make("b")), full: true);

        Assert.Equal((2, 0), (report.Indexed, report.Unchanged));
        Assert.Equal(["a", "b"], Slugs());
    }

    [Fact]
    public void RebuildGivenSlugsTwiceKeepsTheLaterNoteOfEach()
    {
        // A rebuild adds documents without looking for old ones, on several threads; a slug seen again must still
        // replace its first note, never sit beside it (the notes of one slug go to the same writer thread).
        var slugs = Enumerable.Range(0, 300).Select(i => $"n{i}").ToArray();
        var notes = slugs.SelectMany(slug => new[] { Make(slug, "first words"), Make(slug, "second words") }).ToArray();
        using var indexer = NoteIndexer.Open(directory);

        indexer.Sync(Files(notes), full: true);

        Assert.Equal(slugs.Order(StringComparer.Ordinal), Slugs());
        using var reader = DirectoryReader.Open(directory);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        Assert.Equal(0, searcher.Search(new Lucene.Net.Search.TermQuery(new Term(NoteFields.Body, "first")), 1).TotalHits);
        Assert.Equal(300, searcher.Search(new Lucene.Net.Search.TermQuery(new Term(NoteFields.Body, "second")), 1).TotalHits);
    }

    [Fact]
    public void ARebuildWritesPlainSegmentFilesAndLiveEditsCompoundOnes()
    {
        // Packing a rebuild's big segments into compound files would copy the whole index once more.
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(Files(Make("a"), Make("b")));
        var rebuilt = directory.ListAll();

        indexer.Upsert(Make("c"));
        indexer.Commit();
        var edited = directory.ListAll().Except(rebuilt).ToArray();

        Assert.DoesNotContain(rebuilt, file => file.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Contains(rebuilt, file => file.EndsWith(".fdt", StringComparison.Ordinal));
        Assert.Contains(edited, file => file.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Equal(["a", "b", "c"], Slugs());
    }

    [Fact]
    public void SecondWriterOnTheSameFolderIsToldClearlyAndChangesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "notes-lock-" + Guid.NewGuid().ToString("n"));
        try
        {
            using var first = NoteIndexer.Open(folder);
            first.Sync(Files(Make("a")));

            var second = Assert.Throws<IndexLockedException>(() => NoteIndexer.Open(folder));

            // Both writers are in this process here; WriterLockProcessTests has them in two.
            Assert.Contains($"`notes index` (pid {Environment.ProcessId}", second.Message);
            using var reader = DirectoryReader.Open(FSDirectory.Open(folder));
            Assert.Equal(1, reader.NumDocs);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private string[] Slugs()
    {
        using var reader = DirectoryReader.Open(directory);
        var slugs = new List<string>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (MultiFields.GetLiveDocs(reader) is { } live && !live.Get(doc))
                continue;
            slugs.Add(reader.Document(doc).Get(NoteFields.Slug));
        }
        return [.. slugs.Order(StringComparer.Ordinal)];
    }

    private long Generation()
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.Generation;
    }

    public void Dispose() => directory.Dispose();
}
