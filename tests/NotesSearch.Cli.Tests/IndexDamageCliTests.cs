using NotesSearch.Core.Tests.Indexing;

namespace NotesSearch.Cli.Tests;

/// <summary>
/// A damaged index (issue 16): readers (<c>stats</c>, <c>search</c>) say so in one line and exit 1; the writer
/// (<c>index</c>, <c>index --full</c>) says so in one line, moves it aside and rebuilds. Never a stack trace.
/// </summary>
public sealed class IndexDamageCliTests : IDisposable
{
    private readonly TempNotes notes = new();

    public IndexDamageCliTests()
    {
        var from = Path.Combine(TempNotes.RepositoryRoot(), "content");
        foreach (var file in Directory.EnumerateFiles(from, "*.md"))
            File.Copy(file, Path.Combine(notes.Content, Path.GetFileName(file)));
        Assert.Equal(NotesCli.Ok, Run("index", "--full").ExitCode);
    }

    [Theory]
    [InlineData(IndexDamageKind.SegmentsTruncated, "stats")]
    [InlineData(IndexDamageKind.SegmentsFlipped, "stats")]
    [InlineData(IndexDamageKind.SegmentInfoDeleted, "stats")]
    [InlineData(IndexDamageKind.SegmentsTruncated, "search")]
    [InlineData(IndexDamageKind.SegmentInfoDeleted, "search")]
    [InlineData(IndexDamageKind.PostingsFlipped, "search")]
    public void AReaderOfADamagedIndexSaysSoInOneLineAndExits1(IndexDamageKind kind, string command)
    {
        IndexDamager.Apply(notes.Index, kind);

        var run = command == "search" ? Run("search", "gpu memory model cache") : Run("stats");

        Assert.Equal(NotesCli.Failed, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(notes.Index, line);
        Assert.Contains("`notes index` moves it aside and rebuilds it", line);
    }

    [Theory]
    [InlineData(IndexDamageKind.SegmentsTruncated, false)]
    [InlineData(IndexDamageKind.SegmentsFlipped, false)]
    [InlineData(IndexDamageKind.SegmentInfoDeleted, false)]
    [InlineData(IndexDamageKind.PostingsFlipped, false)]
    [InlineData(IndexDamageKind.SegmentsTruncated, true)]
    [InlineData(IndexDamageKind.SegmentsFlipped, true)]
    [InlineData(IndexDamageKind.SegmentInfoDeleted, true)]
    [InlineData(IndexDamageKind.PostingsFlipped, true)]
    public void IndexMovesADamagedIndexAsideAndRebuildsIt(IndexDamageKind kind, bool full)
    {
        IndexDamager.Apply(notes.Index, kind);

        var run = full ? Run("index", "--full") : Run("index");

        Assert.Equal(NotesCli.Ok, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($@"^notes index: the index at {notes.Index} could not be read \(.+\); moved it to {notes.Index}/\.damaged-[0-9T.]+Z and rebuilt it from the notes\.$", line);
        Assert.Matches(@"notes\s+32\b", Run("stats").Output);
        Assert.Contains("notes for \"cache\"", Run("search", "cache").Output);
    }

    private CliRun Run(params string[] args)
    {
        string[] folders = args[0] == "index" ? ["--content", notes.Content, "--index", notes.Index] : ["--index", notes.Index];
        return CliRun.Of([.. args, .. folders]);
    }

    public void Dispose() => notes.Dispose();
}
