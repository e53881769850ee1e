using System.Text.Json;
using NotesSearch.Core.Missed;

namespace NotesSearch.Cli.Tests;

/// <summary>Issue 14: date phrases in <c>notes search</c>, and <c>notes missed</c>.</summary>
public sealed class DateAndMissedCommandTests : IDisposable
{
    private static readonly DateTimeOffset May = new(2026, 5, 18, 9, 0, 0, TimeSpan.Zero);

    private readonly TempNotes notes = new TempNotes()
        .Write("2026-04-10-nic-hop.md", "---\ntitle: nobody is talking about the NIC hop.\n---\nCXL memory and the KV cache transfer.\n")
        .Write("2026-05-24-kv.md", "---\ntitle: KV cache in May\n---\nThe KV cache again.\n");

    private string MissedFile => Path.Combine(notes.Index + "-data", MissedSearchStore.FileName);

    [Fact]
    public void SearchShowsTheDatesItUnderstoodAndSearchesTheRestAsWords()
    {
        CliRun.Of("index", "--content", notes.Content, "--index", notes.Index);

        var text = CliRun.Of("search", "kv cache in april 2026", "--index", notes.Index);
        var json = JsonDocument.Parse(CliRun.Of("search", "kv cache in april 2026", "--index", notes.Index, "--json").Output).RootElement;

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Dates: in april 2026 (dated 2026-04-01 to 2026-04-30)", text.Output);
        Assert.Contains("nobody is talking about the NIC hop.", text.Output);
        Assert.DoesNotContain("KV cache in May", text.Output);
        Assert.Equal("2026-04-01", json.GetProperty("dates").GetProperty("from").GetString());
        Assert.Equal("2026-04-30", json.GetProperty("dates").GetProperty("to").GetString());
        Assert.Equal("kv cache", json.GetProperty("dates").GetProperty("queryWithout").GetString());
    }

    [Fact]
    public void AnUnknownTimeZoneIsAUsageError()
    {
        var run = CliRun.Of("search", "yesterday", "--index", notes.Index, "--time-zone", "Mars/Olympus_Mons");

        Assert.Equal(NotesCli.UsageError, run.ExitCode);
        Assert.Contains("--time-zone 'Mars/Olympus_Mons' is not a time zone", run.Error);
    }

    [Fact]
    public void MissedListsTheSearchesThatFoundNothingMostOftenFirst()
    {
        var store = new MissedSearchStore(MissedFile);
        store.Add([("webgpu shaders", May), ("rust async", May.AddDays(-40)), ("rust async", May.AddDays(-39)), ("webgpu shaders", May.AddDays(1)), ("webgpu shaders", May.AddDays(2))]);

        var all = CliRun.Of("missed", "--file", MissedFile);
        var top = CliRun.Of("missed", "--file", MissedFile, "--top", "1", "--json");
        var recent = CliRun.Of("missed", "--file", MissedFile, "--since", "2026-05-01", "--json");

        Assert.Equal(0, all.ExitCode);
        var lines = all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["count", "first", "last", "query"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["3", "2026-05-18", "2026-05-20", "webgpu", "shaders"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["2", "2026-04-08", "2026-04-09", "rust", "async"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var first = Assert.Single(JsonDocument.Parse(top.Output).RootElement.EnumerateArray());
        Assert.Equal("webgpu shaders", first.GetProperty("query").GetString());
        Assert.Equal(3, first.GetProperty("count").GetInt32());
        Assert.Equal(["webgpu shaders"], JsonDocument.Parse(recent.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("query").GetString()));
    }

    [Fact]
    public void MissedFindsItsFileBesideTheIndexFolder()
    {
        var beside = new MissedSearchStore(MissedSearchStore.PathBeside(notes.Index));
        beside.Add([("zig comptime", May)]);

        var run = CliRun.Of("missed", "--index", notes.Index);

        Assert.Contains("zig comptime", run.Output);
    }

    [Fact]
    public void MissedWithoutAFileSaysHowToTurnRecordingOn()
    {
        var run = CliRun.Of("missed", "--file", MissedFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Notes:RecordMissedSearches", run.Output);
        Assert.False(File.Exists(MissedFile));
    }

    [Theory]
    [InlineData("--since", "last tuesday", "--since 'last tuesday' is not a date")]
    [InlineData("--top", "0", "--top must be between 1 and")]
    [InlineData("--top", "100000", "--top must be between 1 and")]
    public void BadMissedOptionsAreUsageErrors(string option, string value, string message)
    {
        var run = CliRun.Of("missed", "--file", MissedFile, option, value);

        Assert.Equal(NotesCli.UsageError, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    public void Dispose()
    {
        notes.Dispose();
        if (Directory.Exists(notes.Index + "-data"))
            Directory.Delete(notes.Index + "-data", recursive: true);
    }
}
