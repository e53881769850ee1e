using Lucene.Net.Util;
using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class LimitTests
{
    [Fact]
    public void ASearchPastItsTimeBudgetReturnsPartialResultsWithAWarning()
    {
        var notes = Enumerable.Range(0, 50).Select(i => Note($"n{i:00}", "Cache " + i, "cache")).ToArray();
        using var searcher = Build(new SearchOptions { TimeBudget = TimeSpan.FromMilliseconds(5), Clock = new SteppingClock(step: 1) }, notes);

        var results = searcher.Search("cache");

        Assert.InRange(results.Total, 1, 49);
        Assert.Contains(results.Warnings, w => w.Contains("partial"));
    }

    [Fact]
    public void NoBudgetMeansNoTimeLimit()
    {
        var notes = Enumerable.Range(0, 50).Select(i => Note($"n{i:00}", "Cache " + i, "cache")).ToArray();
        using var searcher = Build(new SearchOptions { TimeBudget = TimeSpan.Zero }, notes);

        Assert.Equal(50, searcher.Search("cache").Total);
    }

    [Fact]
    public void ShortFuzzyWordsExpandToABoundedNumberOfTerms()
    {
        var notes = Enumerable.Range(0, 300).Select(i => Note($"n{i:000}", "T", $"w{i} x{i}")).ToArray();
        using var searcher = Build(notes);

        var results = searcher.Search("w1~2");

        Assert.InRange(results.Total, 1, NotesSearch.Core.Searching.NoteQueryParser.MaxFuzzyExpansions);
    }

    /// <summary>A clock that moves on by <paramref name="step"/> every time it is read, so a time budget runs out after a known number of documents.</summary>
    private sealed class SteppingClock(long step) : Counter
    {
        private long now;

        public override long AddAndGet(long delta) => Interlocked.Add(ref now, delta);

        public override long Value => Interlocked.Add(ref now, step);
    }
}
