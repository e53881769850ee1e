using System.Text.Json;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Cli.Tests;

public sealed class NotesCommandTests : IDisposable
{
    private readonly TempNotes notes = new TempNotes()
        .Write("2026-04-10-nic-hop.md", """
            ---
            title: nobody is talking about the NIC hop.
            topics: [Networking, KV cache]
            ---
            CXL memory eliminates the KV transfer bottleneck in disaggregated inference.
            """)
        .Write("2026-05-24-h100.md", """
            ---
            title: AWS gives you an H100.
            date: 2026-05-24
            topics: Networking
            ---
            SF Compute runs 3.2 Tb/s InfiniBand. AWS runs 800 Gbps Ethernet with RoCEv2.
            """);

    [Fact]
    public void IndexThenSearchFindsTheNote()
    {
        var index = Run("index");
        var search = Run("search", "infiniband");

        Assert.Equal(0, index.ExitCode);
        Assert.StartsWith("2 indexed, 0 unchanged, 0 removed, 0 skipped, 0 bad", index.Output);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("AWS gives you an H100.", search.Output);
        Assert.DoesNotContain("NIC hop", search.Output);
    }

    [Fact]
    public void SecondIndexRunRewritesNothingAndAChangeRewritesOneNote()
    {
        Run("index");

        var again = Run("index");
        notes.Write("2026-05-24-h100.md", "---\ntitle: changed\ndate: 2026-05-24\n---\nnew words\n");
        var changed = Run("index");
        notes.Delete("2026-04-10-nic-hop.md");
        var deleted = Run("index");

        Assert.StartsWith("0 indexed, 2 unchanged, 0 removed", again.Output);
        Assert.StartsWith("1 indexed, 1 unchanged, 0 removed", changed.Output);
        Assert.StartsWith("0 indexed, 1 unchanged, 1 removed", deleted.Output);
    }

    [Fact]
    public void EmptyQueryListsEveryNoteNewestFirst()
    {
        Run("index");

        var all = Run("search", "--json");

        var json = JsonDocument.Parse(all.Output).RootElement;
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(["h100", "nic-hop"], json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()));
    }

    [Fact]
    public void SearchJsonPrintsTheApiResponseShape()
    {
        Run("index");

        var result = Run("search", "infiniband", "--json");

        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(
            ["query", "total", "page", "pageSize", "tookMs", "hits", "facets", "didYouMean", "relaxed", "interpreted", "warnings", "dates", "correctedFrom"],
            json.EnumerateObject().Select(p => p.Name));
        var hit = json.GetProperty("hits")[0];
        Assert.Equal("2026-05-24", hit.GetProperty("date").GetString());
        Assert.Equal("/notes/h100", hit.GetProperty("url").GetString());
        Assert.Equal("networking", hit.GetProperty("topics")[0].GetProperty("key").GetString());
    }

    [Fact]
    public void BadNoteIsReportedWithItsPathWhileTheOthersAreIndexed()
    {
        notes.Write("broken.md", "---\ntitle: Broken\ndate: someday\n---\ntext\n");

        var lenient = Run("index");
        var strict = Run("index", "--strict");
        var check = Run("check");

        Assert.Equal(0, lenient.ExitCode);
        Assert.StartsWith("2 indexed", lenient.Output);
        Assert.Contains(Path.Combine(notes.Content, "broken.md") + ":3: ", lenient.Error);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("2 notes ok, 1 bad, 0 skipped", check.Output);
    }

    [Fact]
    public void CheckOfGoodNotesExitsZero()
    {
        var check = CliRun.Of("check", "--content", notes.Content);

        Assert.Equal((0, ""), (check.ExitCode, check.Error));
    }

    [Theory]
    [InlineData("search", "x", "--sort", "sideways")]
    [InlineData("search", "x", "--page-size", "1000")]
    [InlineData("search", "x", "--page", "0")]
    [InlineData("search", "x", "--month", "13", "--year", "2026")]
    [InlineData("search", "x", "--month", "3")]
    [InlineData("search", "x", "--from", "notadate")]
    [InlineData("search", "x", "--year", "abc")]
    [InlineData("index", "--no-such-option")]
    [InlineData("no-such-command")]
    public void UsageErrorsExitWithTwoAndSayWhatIsWrong(params string[] args)
    {
        var run = Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error.Trim());
    }

    [Fact]
    public void SearchUsesTheSynonymsFile()
    {
        notes.Write("synonyms.txt", "nic, network interface card\n");
        Run("index");

        var withSynonyms = Run("search", "network interface card", "--synonyms", Path.Combine(notes.Content, "synonyms.txt"), "--json");

        var hits = JsonDocument.Parse(withSynonyms.Output).RootElement.GetProperty("hits");
        Assert.Equal(["nic-hop"], hits.EnumerateArray().Select(h => h.GetProperty("slug").GetString()));
    }

    [Fact]
    public void SearchWithoutAnIndexSaysToRunIndexFirst()
    {
        var run = Run("search", "anything");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"no index at {notes.Index} (--index {notes.Index}); build it with `notes index --index {notes.Index}`", run.Error);
    }

    [Fact]
    public void IndexWhileAnotherWriterHoldsTheFolderSaysSoAndChangesNothing()
    {
        Run("index");
        using var site = NoteIndexer.Open(notes.Index, role: IndexWriterOwner.SiteRole);

        var run = Run("index", "--full");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"is written by the site (pid {Environment.ProcessId}", run.Error);
    }

    [Fact]
    public void StatsCountsTheNotes()
    {
        Run("index");

        var stats = Run("stats");

        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("notes         2", stats.Output);
        Assert.Contains("newest        2026-05-24", stats.Output);
    }

    [Fact]
    public void GoBlogIndexesEveryDatedArticleAndSkipsRedirectStubsAndPagesWithOneLineEach()
    {
        var posts = Path.Combine(TempNotes.RepositoryRoot(), "tests", "corpora", "go-blog", "posts");

        var run = CliRun.Of("index", "--content", posts, "--index", notes.Index);

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("274 indexed, 0 unchanged, 0 removed, 62 skipped, 0 bad", run.Output);
        Assert.Equal(60, lines.Count(l => l.Contains(": redirect stub to /blog/")));
        // all.md and index.md are the blog's listing pages: a title and a template, but no date: pages, not posts.
        var undated = lines.Where(l => !l.Contains("redirect stub")).Select(l => l[(posts.Length + 1)..]).Order().ToArray();
        Assert.Equal(["all.md", "index.md"], undated.Select(l => l[..l.IndexOf(':')]));
        Assert.All(undated, l => Assert.EndsWith(":1: page with a template and no date: not a note, skipped", l));
    }

    private CliRun Run(params string[] args)
    {
        var withFolders = args.Length > 0 && args[0] is "index" or "check" ? [.. args, "--content", notes.Content] : args;
        if (args.Length > 0 && args[0] is "index" or "search" or "stats")
            withFolders = [.. withFolders, "--index", notes.Index];
        return CliRun.Of(withFolders);
    }

    public void Dispose() => notes.Dispose();
}
