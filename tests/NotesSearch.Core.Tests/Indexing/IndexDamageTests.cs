using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Indexing;

/// <summary>A damaged index folder: the writer moves it aside and rebuilds; a reader says so in one exception, never a crash.</summary>
public sealed class IndexDamageTests : IDisposable
{
    private readonly string indexPath = Directory.CreateTempSubdirectory("notes-damage-").FullName;
    private readonly string contentPath = Path.Combine(RepoPaths.Root, "content");

    [Theory]
    [InlineData(IndexDamageKind.SegmentsTruncated)]
    [InlineData(IndexDamageKind.SegmentsFlipped)]
    [InlineData(IndexDamageKind.SegmentInfoDeleted)]
    [InlineData(IndexDamageKind.PostingsFlipped)]
    public void WriterMovesADamagedIndexAsideAndRebuildsIt(IndexDamageKind kind)
    {
        var notes = Build();
        IndexDamager.Apply(indexPath, kind);

        using (var indexer = NoteIndexer.Open(indexPath))
        {
            var damage = Assert.IsType<IndexDamage>(indexer.Damage);
            Assert.StartsWith(Path.Combine(indexPath, IndexIntegrity.DamagedFolderPrefix), damage.MovedTo);
            Assert.Contains(Directory.EnumerateFiles(damage.MovedTo), file => Path.GetFileName(file).StartsWith("segments_", StringComparison.Ordinal));
            var report = indexer.Sync(Scan());
            Assert.Equal(notes, report.Indexed);
        }

        using var searcher = NoteSearcher.Open(indexPath);
        Assert.Equal(notes, searcher.Statistics().Notes);
        Assert.NotEqual(0, searcher.Search(new SearchRequest { Query = "cache" }).Total);
    }

    [Fact]
    public void AHealthyIndexIsNotMovedAside()
    {
        Build();

        using var indexer = NoteIndexer.Open(indexPath);

        Assert.Null(indexer.Damage);
        Assert.Empty(Directory.EnumerateDirectories(indexPath));
    }

    [Fact]
    public void AtMostTwoDamagedCopiesAreKept()
    {
        string? newest = null;
        for (var round = 0; round < 4; round++)
        {
            Build();
            IndexDamager.Apply(indexPath, IndexDamageKind.SegmentsTruncated);
            using var indexer = NoteIndexer.Open(indexPath);
            newest = indexer.Damage!.MovedTo;
        }

        var kept = Directory.EnumerateDirectories(indexPath, IndexIntegrity.DamagedFolderPrefix + "*").ToList();
        Assert.Equal(IndexIntegrity.KeptDamagedCopies, kept.Count);
        Assert.Contains(newest, kept);
    }

    [Theory]
    [InlineData(IndexDamageKind.SegmentsTruncated)]
    [InlineData(IndexDamageKind.SegmentsFlipped)]
    [InlineData(IndexDamageKind.SegmentInfoDeleted)]
    public void AReaderOfAnUnreadableIndexWaitsAndRecoversWhenTheWriterRebuilds(IndexDamageKind kind)
    {
        Build();
        IndexDamager.Apply(indexPath, kind);

        using var searcher = NoteSearcher.OpenOrWait(indexPath);
        Assert.Contains("cannot be read", searcher.Unavailable);
        Assert.Throws<IndexUnavailableException>(() => searcher.Search(new SearchRequest { Query = "gpu memory model cache" }));

        var notes = Build();
        Assert.True(searcher.Refresh());
        Assert.Null(searcher.Unavailable);
        Assert.Equal(notes, searcher.Statistics().Notes);
    }

    [Fact]
    public void ASearchThatReadsADamagedSegmentSaysTheIndexIsDamaged()
    {
        Build();
        IndexDamager.Apply(indexPath, IndexDamageKind.PostingsFlipped);
        using var searcher = NoteSearcher.Open(indexPath);
        Assert.Null(searcher.KnownDamage());

        var failure = Assert.Throws<IndexUnavailableException>(() => searcher.Search(new SearchRequest { Query = "gpu memory model cache" }));

        Assert.Contains("damaged", failure.Message);
        Assert.Contains("checksum", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(searcher.KnownDamage());
    }

    /// <summary>(Re)builds the index from the repository's notes with a full rebuild (plain .doc files); returns the note count.</summary>
    private int Build()
    {
        using var indexer = NoteIndexer.Open(indexPath);
        return indexer.Sync(Scan(), full: true).Indexed;
    }

    private IEnumerable<NoteFile> Scan() => new ContentScanner(NoteParserOptions.Default).Scan(contentPath);

    public void Dispose() => Directory.Delete(indexPath, recursive: true);
}
