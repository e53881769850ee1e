using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class QueryLanguageTests
{
    private static NoteSearcher Index() => Build(
        Note("gpu-cluster", "GPU clusters degrade", "Thermal deltas and ECC errors on an isolated node.", "2026-01-10"),
        Note("kv-cache", "The KV cache moment", "Agents evict the KV cache on every tool call.", "2026-02-10"),
        Note("cache-gpu", "Cache on the GPU", "The GPU keeps a cache of kernels.", "2026-03-10"),
        Note("kubernetes", "Scheduling", "The Kubernetes resource model has no topology.", "2026-04-10", "Kubernetes and GPU topology."));

    [Fact]
    public void PlainWordsMustAllMatch()
    {
        using var searcher = Index();

        Assert.Equal(["cache-gpu"], searcher.Search("gpu cache").Slugs());
    }

    [Fact]
    public void QuotedPhraseMatchesOnlyTheWordsInOrder()
    {
        using var searcher = Index();

        var results = searcher.Search("\"kv cache\"");

        Assert.Equal(["kv-cache"], results.Slugs());
        Assert.Equal("\"kv cache\"", results.Interpreted);
    }

    [Fact]
    public void OrMatchesEitherWord()
    {
        using var searcher = Index();

        Assert.Equal(3, searcher.Search("kubernetes OR kv").Total + 1);
    }

    [Fact]
    public void NotAndMinusExcludeAWord()
    {
        using var searcher = Index();

        Assert.Equal(["gpu-cluster", "kubernetes"], searcher.Search("gpu NOT cache").Slugs().Order());
        Assert.Equal(["gpu-cluster", "kubernetes"], searcher.Search("gpu -cache").Slugs().Order());
    }

    [Fact]
    public void OnlyNegativeClausesMeanEverythingBut()
    {
        using var searcher = Index();

        Assert.Equal(["gpu-cluster", "kubernetes"], searcher.Search("-cache").Slugs().Order());
    }

    [Fact]
    public void PlusMarksARequiredWord()
    {
        using var searcher = Index();

        Assert.Equal(["cache-gpu", "kv-cache"], searcher.Search("+cache").Slugs().Order());
    }

    [Fact]
    public void PrefixRunsOnTheUnstemmedText()
    {
        using var searcher = Index();

        var results = searcher.Search("isola*");

        Assert.Equal(["gpu-cluster"], results.Slugs());
        Assert.Equal("isola*", results.Interpreted);
    }

    [Fact]
    public void FuzzyFindsAMisspeltWordWithinTwoEdits()
    {
        using var searcher = Index();

        var results = searcher.Search("kuberntes~");

        Assert.Equal(["kubernetes"], results.Slugs());
        Assert.Equal("kuberntes~2", results.Interpreted);
    }

    [Fact]
    public void FuzzyEditsAreCappedAtTwo()
    {
        using var searcher = Index();

        Assert.Equal("kuberntes~2", searcher.Search("kuberntes~5").Interpreted);
    }

    [Fact]
    public void TitleScopeSearchesOnlyTheTitle()
    {
        using var searcher = Index();

        Assert.Equal(["cache-gpu", "gpu-cluster"], searcher.Search("title:gpu").Slugs().Order());
    }

    [Fact]
    public void SummaryScopeSearchesOnlyTheSummary()
    {
        using var searcher = Index();

        Assert.Equal(["kubernetes"], searcher.Search("summary:gpu").Slugs());
    }

    [Fact]
    public void TopicScopeMatchesTheKeyOrTheLabelWords()
    {
        using var searcher = Build(
            Note("a", "One", "text", topics: ["KV cache"]),
            Note("b", "Two", "text", topics: ["Networking"]));

        Assert.Equal(["a"], searcher.Search("topic:\"KV cache\"").Slugs());
        Assert.Equal(["a"], searcher.Search("topic:kv-cache").Slugs());
        Assert.Equal(["b"], searcher.Search("Topic:networking").Slugs());
    }

    [Fact]
    public void UnknownFieldScopesAreSearchedAsWords()
    {
        using var searcher = Build(Note("a", "Notes on http", "see the body text"));

        var results = searcher.Search("body:text");

        Assert.Equal(["a"], results.Slugs());
        Assert.Empty(results.Warnings);
    }

    [Fact]
    public void AfterAndBeforeBoundTheDates()
    {
        using var searcher = Index();

        var results = searcher.Search("after:2026-02 before:2026-04-10");

        Assert.Equal(["cache-gpu", "kv-cache"], results.Slugs());
        Assert.Equal("all notes, dated 2026-02-01 or later, dated before 2026-04-10", results.Interpreted);
    }

    [Fact]
    public void DateBoundsCombineWithWords()
    {
        using var searcher = Index();

        Assert.Equal(["cache-gpu"], searcher.Search("cache after:2026-03").Slugs());
    }

    [Fact]
    public void ABoundThatIsNotADateIsIgnoredWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search("cache after:yesterday");

        Assert.Equal(2, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("after:yesterday"));
    }

    [Fact]
    public void WhenNoNoteHasEveryWordTheSearchRelaxesToAnyWord()
    {
        using var searcher = Index();

        var results = searcher.Search("kubernetes thermal");

        Assert.True(results.Relaxed);
        Assert.Equal(["gpu-cluster", "kubernetes"], results.Slugs().Order());
        Assert.StartsWith("kubernetes OR thermal", results.Interpreted);
    }

    [Fact]
    public void StrictRequestsNeverRelax()
    {
        using var searcher = Index();

        var results = searcher.Search(new SearchRequest { Query = "kubernetes thermal", Relax = false });

        Assert.False(results.Relaxed);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void InterpretedSpellsOutOperators()
    {
        using var searcher = Index();

        Assert.Equal("gpu AND cache NOT kv", searcher.Search("gpu cache -kv").Interpreted);
        Assert.Equal("gpu OR kv", searcher.Search("gpu OR kv").Interpreted);
    }

    [Fact]
    public void ParsingIsIndependentPerCall()
    {
        using var searcher = Index();

        var results = Enumerable.Range(0, 200).AsParallel().Select(i => searcher.Search(i % 2 == 0 ? "gpu cache" : "\"kv cache\"").Total).ToArray();

        Assert.All(results, total => Assert.Equal(1, total));
    }
}
