using NotesSearch.Core.Searching;

namespace NotesSearch.Cli.Tests;

/// <summary>
/// A one-off CLI search pays the process's start-up inside its one query: it searches with a budget of its own,
/// larger than the server's 500 ms, so a busy machine does not cut its results.
/// </summary>
public sealed class SearchBudgetTests : IDisposable
{
    private readonly TempNotes notes = new TempNotes()
        .Write("2026-04-10-nic-hop.md", """
            ---
            title: nobody is talking about the NIC hop.
            ---
            CXL memory eliminates the KV transfer bottleneck.
            """)
        .Write("synonyms.txt", "nic, network card\n");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheSearcherTheCliOpensHasTheCliBudgetNotTheServers(bool withSynonyms)
    {
        Assert.Equal(0, CliRun.Of("index", "--content", notes.Content, "--index", notes.Index).ExitCode);
        var synonyms = withSynonyms ? Path.Combine(notes.Content, "synonyms.txt") : null;

        Assert.True(IndexFolder.TryOpen(notes.Index, given: true, TextWriter.Null, out var searcher, synonyms));
        using (searcher)
        {
            Assert.Equal(TimeSpan.FromSeconds(5), searcher.Options.TimeBudget);
            Assert.True(searcher.Options.TimeBudget > SearchOptions.Default.TimeBudget);
            Assert.Equal(withSynonyms, searcher.Options.Synonyms is not null);
        }
    }

    public void Dispose() => notes.Dispose();
}
