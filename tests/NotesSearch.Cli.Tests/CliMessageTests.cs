using System.Globalization;
using System.Text.Json;
using NotesSearch.Cli.Tests.Processes;

namespace NotesSearch.Cli.Tests;

/// <summary>
/// What the command says when something is wrong (issue 13): one line per error, in the user's terms (no .NET type
/// names, no stack trace), saying what to do; and a <c>tookMs</c> that measures the search.
/// </summary>
public sealed class CliMessageTests : IDisposable
{
    private readonly TempNotes notes = new TempNotes()
        .Write("2026-04-10-nic-hop.md", """
            ---
            title: nobody is talking about the NIC hop.
            topics: [Networking, KV cache]
            ---
            CXL memory eliminates the KV transfer bottleneck in disaggregated inference.
            """);

    [Theory]
    [InlineData("--year", "abc")]
    [InlineData("--month", "march")]
    [InlineData("--page", "x")]
    [InlineData("--page-size", "1.5")]
    public void ABadNumberIsNamedInWordsWithoutDotNetTypeNames(string option, string value)
    {
        string[] year = option == "--month" ? ["--year", "2026"] : [];
        var run = CliRun.Of(["search", "kv", option, value, "--index", notes.Index, .. year]);

        Assert.Equal(NotesCli.UsageError, run.ExitCode);
        Assert.Equal($"notes: {option} '{value}' is not a whole number.", Lines(run.Error)[0]);
        Assert.DoesNotContain("System.", run.Error);
        Assert.DoesNotContain("expected type", run.Error);
    }

    [Fact]
    public void AnUnknownOptionIsTheOnlyErrorNotPrecededByAMissingCommand()
    {
        var run = CliRun.Of("--bogus");

        Assert.Equal(NotesCli.UsageError, run.ExitCode);
        Assert.Equal(["notes: Unrecognized command or argument '--bogus'.", "Run `notes --help` for usage."], Lines(run.Error));
    }

    [Fact]
    public void AValueNotAmongTheChoicesIsOneLine()
    {
        var run = CliRun.Of("search", "kv", "--sort", "bogus", "--index", notes.Index);

        Assert.Equal(NotesCli.UsageError, run.ExitCode);
        var lines = Lines(run.Error);
        Assert.Equal(2, lines.Length);
        Assert.Contains("'bogus'", lines[0]);
        Assert.Contains("relevance", lines[0]);
    }

    [Fact]
    public void AnOutOfRangeNumberNamesTheOptionNotTheApiParameter()
    {
        var run = CliRun.Of("search", "kv", "--page-size", "0", "--index", notes.Index);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--page-size must be between 1 and", run.Error);
        Assert.DoesNotContain("pageSize", run.Error);
    }

    [Fact]
    public void NoCommandAtAllNamesTheCommands()
    {
        var run = CliRun.Of();

        Assert.Equal(NotesCli.UsageError, run.ExitCode);
        Assert.Equal("notes: give a command: index, check, search, stats, missed, topic, on-this-day.", Lines(run.Error)[0]);
    }

    [Fact]
    public async Task AMissingIndexFromAnotherFolderNamesItsFullPathAndRepeatsTheGivenIndex()
    {
        // Run from the test's output folder, not from where the test runner started.
        using var elsewhere = await RealProcess.RunCliAsync("search", "kv", "--index", "no-such-index");
        var full = Path.Combine(AppContext.BaseDirectory, "no-such-index");

        var line = Assert.Single(Lines(elsewhere.Error));
        Assert.Equal($"notes: no index at {full} (--index no-such-index); build it with `notes index --index no-such-index`.", line);
    }

    [Fact]
    public async Task AMissingDefaultIndexNamesItsFullPath()
    {
        using var run = await RealProcess.RunCliAsync("stats");

        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith($"notes: no index at {Path.Combine(AppContext.BaseDirectory, "index")};", line);
        Assert.Contains("`notes index`", line);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("stats")]
    public void AnIndexFileThatCannotBeReadIsOneLineSayingWhatToDo(string command)
    {
        Assert.Equal(NotesCli.Ok, CliRun.Of("index", "--content", notes.Content, "--index", notes.Index).ExitCode);
        // A folder where the commit file should be: reading it is refused by the OS, not by Lucene's checks.
        var segments = Directory.EnumerateFiles(notes.Index, "segments_*").Single();
        File.Delete(segments);
        Directory.CreateDirectory(segments);

        var run = command == "search" ? CliRun.Of("search", "kv", "--index", notes.Index) : CliRun.Of("stats", "--index", notes.Index);

        Assert.Equal(NotesCli.Failed, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.Contains(notes.Index, line);
        Assert.Contains("`notes index` moves it aside and rebuilds it", line);
    }

    [Fact]
    public void AnIndexFolderThatIsAFileIsOneLine()
    {
        var file = Path.Combine(notes.Content, "not-a-folder");
        File.WriteAllText(file, "");

        var run = CliRun.Of("index", "--content", notes.Content, "--index", file);

        Assert.Equal(NotesCli.Failed, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("notes index: ", line);
        Assert.Contains(file, line);
    }

    [Fact]
    public async Task JsonTookMsMeasuresTheSearchNotTheProcessStartUp()
    {
        Assert.Equal(NotesCli.Ok, CliRun.Of("index", "--content", notes.Content, "--index", notes.Index).ExitCode);
        var started = DateTime.UtcNow;

        using var run = await RealProcess.RunCliAsync("search", "kv cache", "--json", "--index", notes.Index);
        var wallMs = (DateTime.UtcNow - started).TotalMilliseconds;

        var tookMs = JsonDocument.Parse(run.Output).RootElement.GetProperty("tookMs").GetDouble();
        // A warm search of one note takes milliseconds; a cold first one (the process's start-up) took 1.6 s. A
        // quarter of the whole run is far above the first and far below the second, also on a loaded machine.
        Assert.True(tookMs < wallMs / 4, string.Create(CultureInfo.InvariantCulture, $"tookMs {tookMs:0} of a {wallMs:0} ms run"));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => notes.Dispose();
}
