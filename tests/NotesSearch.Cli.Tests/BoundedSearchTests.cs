using System.Text.Json;

namespace NotesSearch.Cli.Tests;

/// <summary>Issue 16 §3 and §4 from the terminal: dates at the ends of the calendar and hostile query text answer normally.</summary>
public sealed class BoundedSearchTests : IDisposable
{
    private readonly TempNotes notes = new TempNotes()
        .Write("2026-04-10-nic-hop.md", """
            ---
            title: nobody is talking about the NIC hop.
            ---
            CXL memory eliminates the KV transfer bottleneck.
            """);

    [Theory]
    [InlineData("before:0001")]
    [InlineData("before:0001-01")]
    [InlineData("before:0001-01-01")]
    [InlineData("cxl before:0001-01-01")]
    public void ADateBoundBeforeTheFirstDayFindsNothingAndExitsZero(string query)
    {
        Assert.Equal(0, Run("index").ExitCode);

        var search = Run("search", query, "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Equal(0, Total(search));
    }

    [Theory]
    [InlineData("after:9999-12-31")]
    [InlineData("--from", "9999-12-31")]
    [InlineData("--to", "0001-01-01")]
    public void OtherEndsOfTheCalendarExitZero(params string[] args)
    {
        Assert.Equal(0, Run("index").ExitCode);

        var search = Run(["search", .. args]);

        Assert.Equal(0, search.ExitCode);
    }

    [Fact]
    public void FromTheFirstToTheLastDayFindsEveryNote()
    {
        Assert.Equal(0, Run("index").ExitCode);

        var search = Run("search", "cxl", "--from", "0001-01-01", "--to", "9999-12-31", "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Equal(1, Total(search));
    }

    [Fact]
    public void EightHundredCjkIdeographsAreCutWithAWarning()
    {
        Assert.Equal(0, Run("index").ExitCode);
        var random = new Random(16);
        var query = string.Concat(Enumerable.Range(0, 800).Select(_ => (char)random.Next(0x4E00, 0xA000)));

        var search = Run("search", query, "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Contains("only the first 64 were searched", search.Output, StringComparison.Ordinal);
    }

    private static int Total(CliRun search) => JsonDocument.Parse(search.Output).RootElement.GetProperty("total").GetInt32();

    private CliRun Run(params string[] args) =>
        CliRun.Of(args[0] == "index" ? [.. args, "--content", notes.Content, "--index", notes.Index] : [.. args, "--index", notes.Index]);

    public void Dispose() => notes.Dispose();
}
