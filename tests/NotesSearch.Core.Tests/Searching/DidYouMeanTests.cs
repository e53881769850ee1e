using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class DidYouMeanTests
{
    private static NoteSearcher Index() => Build(
        Note("ppd", "Multi-turn", "PD disaggregation was designed for single-turn queries."),
        Note("k8s", "Scheduling", "The Kubernetes resource model."),
        Note("k8s-2", "Clusters", "Kubernetes clusters again."));

    [Fact]
    public void WhenNothingMatchesTheCorrectedQueryIsShownAndSaysSo()
    {
        using var searcher = Index();

        var results = searcher.Search("disagregation");

        Assert.Equal(["ppd"], results.Slugs());
        Assert.Equal("disaggregation", results.DidYouMean);
        Assert.Contains("typo-corrected: disagregation → disaggregation", results.Interpreted);
    }

    [Fact]
    public void AMisspeltWordOfSeveralIsCorrectedInPlace()
    {
        using var searcher = Index();

        var results = searcher.Search("kuberntes resource");

        Assert.Equal(["k8s"], results.Slugs());
        Assert.Equal("kubernetes resource", results.DidYouMean);
    }

    [Fact]
    public void CorrectlySpeltQueriesGetNoSuggestion()
    {
        using var searcher = Index();

        var results = searcher.Search("kubernetes");

        Assert.Null(results.DidYouMean);
        Assert.DoesNotContain("typo", results.Interpreted);
    }

    [Fact]
    public void TokensWithDigitsAreNeverCorrected()
    {
        using var searcher = Build(Note("h100", "Chips", "The H100 chip."));

        var results = searcher.Search("h200");

        Assert.Null(results.DidYouMean);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void LiteralRequestsAreNeverCorrected()
    {
        using var searcher = Index();

        var results = searcher.Search(new SearchRequest { Query = "disagregation", Relax = false });

        Assert.Null(results.DidYouMean);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void ANotePageListsRelatedNotesButNeverItself()
    {
        using var searcher = Build(
            Note("a", "RDMA fabrics", "InfiniBand and RDMA over lossless fabric.", topics: ["Networking"]),
            Note("b", "Ethernet fabrics", "RDMA over converged Ethernet, a lossless fabric.", topics: ["Networking"]),
            Note("c", "Cooking", "Bread and butter."));

        var page = searcher.GetNote("a")!;

        Assert.Equal(["b"], page.Related.Select(r => r.Slug));
    }
}
