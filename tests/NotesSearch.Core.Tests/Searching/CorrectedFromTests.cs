using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Issue 12 §5: when the hits are for a spelling correction, the answer says what was typed, and the typed words can be searched exactly.</summary>
public class CorrectedFromTests
{
    private static NoteSearcher Notes() => Build(
        Note("a", "Disaggregation", "Prefill and decode disaggregation."),
        Note("b", "Serving", "Disaggregation of serving."),
        Note("c", "Kubernetes", "Kubernetes schedules pods."));

    [Theory]
    [InlineData("disagregation", "disaggregation")]
    [InlineData("kubernetse pods", "kubernetes pods")]
    public void HitsForACorrectionSayWhatWasTyped(string typed, string corrected)
    {
        using var searcher = Notes();

        var results = searcher.Search(typed);

        Assert.True(results.Total > 0);
        Assert.Equal(typed, results.CorrectedFrom);
        Assert.Equal(corrected, results.DidYouMean);
    }

    [Fact]
    public void AnExactSearchIsNotReplacedByItsCorrection()
    {
        using var searcher = Notes();

        var results = searcher.Search(new SearchRequest { Query = "disagregation", Exact = true });

        Assert.Equal(0, results.Total);
        Assert.Null(results.CorrectedFrom);
        Assert.Equal("disaggregation", results.DidYouMean);
    }

    [Fact]
    public void HitsForTheWordsAsTypedHaveNoCorrectedFrom()
    {
        using var searcher = Notes();

        Assert.Null(searcher.Search("disaggregation").CorrectedFrom);
    }
}
