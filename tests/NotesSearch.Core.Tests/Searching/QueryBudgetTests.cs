using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;
using Counter = Lucene.Net.Util.Counter;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// Issue 16 §3: every query is answered in bounded time. No wall-clock assertions here (machines are noisy; the
/// benchmarks' <c>hostile</c> mode times these inputs): the tests assert the caps on the analysed query and that
/// each step of a search stops, and says so, when the budget (on a clock the test controls) runs out.
/// </summary>
public class QueryBudgetTests
{
    private static readonly SearchOptions Defaults = SearchOptions.Default;

    private static readonly Lucene.Net.Store.RAMDirectory Index = Write(
        Note("k8s", "Kubernetes scheduler", "The Kubernetes scheduler places pods on nodes."),
        Note("cache", "KV cache eviction", "Evicting the KV cache under pressure."),
        Note("sched", "Schedules and queues", "A scheduling queue holds pods."),
        Note("cjk", "東京の天気", "今日は東京で雨が降っています。"));

    /// <summary>A searcher over the shared test notes with <paramref name="options"/> (each test its own clock).</summary>
    private static NoteSearcher Notes(SearchOptions? options = null) =>
        new(new SearcherManager(Index, new NoteSearcherFactory()), options ?? Defaults);

    private static Lucene.Net.Store.RAMDirectory Write(params NotesSearch.Core.Notes.Note[] notes)
    {
        var directory = new Lucene.Net.Store.RAMDirectory();
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(notes.Select(n => new NotesSearch.Core.Notes.NoteFile(n.Path, n, null)));
        return directory;
    }

    public static TheoryData<string> Kinds() => [.. HostileQueries.All().Select(q => q.Kind)];

    private static string Hostile(string kind) => HostileQueries.All().Single(q => q.Kind == kind).Query;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryHostileQueryIsAnsweredWithinTheCaps(string kind)
    {
        using var searcher = Notes();
        var query = Hostile(kind);

        var results = searcher.Search(new SearchRequest { Query = query });
        var literal = new QueryBuilder(Defaults).Build(query, literal: true);

        Assert.NotNull(results.Interpreted);
        var shape = Shape.Of(literal.Query);
        Assert.InRange(shape.BodyWords, 0, Defaults.MaxTerms);
        Assert.InRange(shape.Expanded, 0, Defaults.MaxExpandedWords);
    }

    [Theory]
    [InlineData("cjk-800", "only the first 64 were searched")]
    [InlineData("mixed-300", "only the first 64 were searched")]
    [InlineData("fuzzy-60", "those after the first 8 were searched as plain words")]
    [InlineData("long-fuzzy", "is longer than 32 characters")]
    [InlineData("prefix-26", "those after the first 8 were searched as plain words")]
    [InlineData("or-200", "only the first 64 were searched")]
    [InlineData("parens-400", "nested deeper than 16 levels")]
    [InlineData("typos-60", "Only the first 16 different words were checked for typos")]
    public void WhatACapCutIsSaid(string kind, string warning)
    {
        // No time budget: on a busy machine it could run out first, and its warning is another test's.
        using var searcher = Notes(new SearchOptions { TimeBudget = TimeSpan.Zero });

        var results = searcher.Search(new SearchRequest { Query = Hostile(kind) });

        Assert.Contains(results.Warnings, w => w.Contains(warning, StringComparison.Ordinal));
    }

    [Fact]
    public void ARunOfCjkIdeographsIsCutAfterTheWordLimitAndTheCutIsInterpreted()
    {
        using var searcher = Notes();
        var words = Enumerable.Range(0, 100).Select(i => "東京天気雨"[i % 5]).ToArray();

        var results = searcher.Search(new SearchRequest { Query = new string(words) });
        var literal = new QueryBuilder(Defaults).Build(new string(words), literal: true);

        Assert.Equal(Defaults.MaxTerms, Shape.Of(literal.Query).BodyWords);
        Assert.Equal(new string(words[..Defaults.MaxTerms]), literal.Searched);
        Assert.Contains("only the first 64 words", results.Interpreted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(70, "pods", "only the first 64 were searched")]
    [InlineData(40, "kubernetesscheduler", "only the first")]
    [InlineData(5, "\"kv cache eviction " + "pods ", "only the first")]
    public void AQueryCutAtALimitStillParses(int words, string word, string warning)
    {
        using var searcher = Notes();
        // Groups and a phrase left open by the cut: "(pods0 OR (pods1 OR …" or "(\"kv cache eviction pods …".
        var query = string.Concat(Enumerable.Range(0, words).Select(i => $"({word}{i} OR ")) + new string('x', 1000);

        var results = searcher.Search(new SearchRequest { Query = query });

        Assert.Contains(results.Warnings, w => w.Contains(warning, StringComparison.Ordinal));
        Assert.DoesNotContain(results.Warnings, w => w.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void FuzzyAndPrefixWordsPastTheCapAreSearchedAsPlainWords()
    {
        var query = string.Join(' ', Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "kubernets~" : "sched*"));

        var literal = new QueryBuilder(Defaults).Build(query, literal: true);

        Assert.Equal(Defaults.MaxExpandedWords, Shape.Of(literal.Query).Expanded);
        Assert.Contains(literal.Warnings, w => w.Contains("searched as plain words", StringComparison.Ordinal));
    }

    [Fact]
    public void ASearchThatRunsOutWhileExpandingAnswersWithAWarning()
    {
        using var searcher = Notes(new SearchOptions { Clock = new ExpiringClock(afterReads: 2) });

        var results = searcher.Search(new SearchRequest { Query = "sched* kubernets~" });

        Assert.Equal(0, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("results and counts are partial", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs out of budget after each number of clock reads in turn: every search answers, and between them every step
    /// (expansion and collection, typo correction, the any-word pass, marking snippets) is seen to stop and say so.
    /// Without a budget check in a step, its warning never appears and this fails.
    /// </summary>
    [Fact]
    public void ABudgetRunningOutAtAnyStepStillAnswersAndSaysWhatWasLeftOut()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A typo (corrected, still nothing: "unicorn" is in no note), then any word matches, with a prefix to mark.
        var request = new SearchRequest { Query = "kubernetse sched* unicorn" };
        using (var unlimited = Notes())
            Assert.True(unlimited.Search(request).Relaxed);
        for (var reads = 1; reads < 400 && seen.Count < 4; reads++)
        {
            using var searcher = Notes(new SearchOptions { Clock = new ExpiringClock(reads) });
            var results = searcher.Search(request);
            foreach (var warning in results.Warnings.Where(w => w.StartsWith("The search took longer", StringComparison.Ordinal)))
            {
                foreach (var step in new[] { "results and counts are partial", "checked for typos", "only some of the words", "not marked" })
                {
                    if (warning.Contains(step, StringComparison.Ordinal))
                        seen.Add(step);
                }
            }
        }

        Assert.Equal(["checked for typos", "not marked", "only some of the words", "results and counts are partial"], seen.Order());
    }

    [Fact]
    public void TheCorrectorSkipsWordsLongerThanItsLimitAndCountsTheWordsItLooksAt()
    {
        using var searcher = Notes();
        var tooLong = "kubernetes" + new string('x', SpellingCorrector.MaxLength);
        var typos = Enumerable.Range(0, SpellingCorrector.MaxWords + 4).Select(i => "kubernetse" + new string('q', i % 3) + (char)('a' + i)).ToArray();

        Assert.Null(searcher.Use(s => SpellingCorrector.Default.CorrectWord(s.IndexReader, tooLong)));
        Assert.NotNull(searcher.Use(s => SpellingCorrector.Default.CorrectWord(s.IndexReader, "kubernetse")));
        var outcome = searcher.Use(s => SpellingCorrector.Default.Correct(s.IndexReader, typos, QueryBudget.Unlimited));
        Assert.True(outcome.WordsCapped);
        Assert.False(outcome.TimedOut);
    }

    [Fact]
    public void TheCorrectorStopsWhenTheBudgetIsSpent()
    {
        using var searcher = Notes();
        var spent = new QueryBudget(TimeSpan.FromMilliseconds(5), new ExpiringClock(afterReads: 1));

        var outcome = searcher.Use(s => SpellingCorrector.Default.Correct(s.IndexReader, ["kubernetse", "schedulr"], spent));

        Assert.Null(outcome.Correction);
        Assert.True(outcome.TimedOut);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SuggestionsOfHostileTextComeBackWithinTheirLimit(string kind)
    {
        using var index = SuggestTestIndex.Build(SuggestTestIndex.Note("a", "Kubernetes scheduler"), SuggestTestIndex.Note("b", "東京の天気"));
        var typed = Hostile(kind);

        var completions = new Suggester().Complete(index.Reader, typed[..Math.Min(200, typed.Length)] + "k", Suggester.MaxResults);

        Assert.InRange(completions.Count, 0, Suggester.MaxResults);
    }

    [Fact]
    public void SuggestionsStopReadingTitlesWhenTheBudgetIsSpent()
    {
        using var index = SuggestTestIndex.Build(SuggestTestIndex.Note("a", "Kubernetes scheduler"), SuggestTestIndex.Note("b", "Kubernetes scaling"));

        var unlimited = new Suggester().Complete(index.Reader, "kubernetes sc");
        var spent = new Suggester { Clock = new ExpiringClock(afterReads: 1) }.Complete(index.Reader, "kubernetes sc");

        Assert.Equal(2, unlimited.Count);
        Assert.Empty(spent);
    }

    /// <summary>The size of an analysed query: words searched in the body, prefix/wildcard/fuzzy words expanded in it.</summary>
    private readonly record struct Shape(int BodyWords, int Expanded)
    {
        public static Shape Of(Query query) => query switch
        {
            WordForms forms => Of(forms.Typed),
            BooleanQuery boolean => boolean.Clauses.Select(c => Of(c.Query)).Aggregate(new Shape(0, 0), (a, b) => new Shape(a.BodyWords + b.BodyWords, a.Expanded + b.Expanded)),
            TermQuery term => new Shape(term.Term.Field == NoteFields.Body ? 1 : 0, 0),
            PhraseQuery phrase => new Shape(phrase.GetTerms().Count(t => t.Field == NoteFields.Body), 0),
            MultiPhraseQuery multi => new Shape(multi.GetTermArrays().Count(t => t.Any(term => term.Field == NoteFields.Body)), 0),
            MultiTermQuery multiTerm => new Shape(0, multiTerm.Field == NoteFields.BodyExact ? 1 : 0),
            _ => new Shape(0, 0),
        };
    }

    /// <summary>A clock that stands still for a number of reads, then jumps a minute on: the budget runs out at a chosen point.</summary>
    private sealed class ExpiringClock(int afterReads) : Counter
    {
        private int reads;

        public override long AddAndGet(long delta) => throw new NotSupportedException();

        public override long Value => Interlocked.Increment(ref reads) > afterReads ? 60_000 : 0;
    }
}
