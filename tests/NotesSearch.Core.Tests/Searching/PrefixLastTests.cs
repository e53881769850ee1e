using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Issue 12 §1: as a person types, the last word is also a prefix (earlier words exact), ranked below the whole word.</summary>
public class PrefixLastTests
{
    private static NoteSearcher Notes() => Build(
        Note("pd", "Prefill and decode", "Disaggregated serving splits prefill from decode."),
        Note("dist", "Disaggregation at scale", "Disaggregation moves the KV cache between GPUs."),
        Note("kv", "KV cache eviction", "The KV cache is evicted under pressure."),
        Note("calls", "KV calls", "A kv store answers calls."),
        Note("car", "Carbon footprint", "Carbon is counted per car."),
        Note("carbon", "Carbon budgets", "Carbon, carbonated and carbonic."),
        Note("topo", "GPU topology", "The GPU topology decides placement."),
        Note("gpu", "GPU failures", "A GPU fails; another GPU takes over."));

    private static SearchResults Typing(NoteSearcher searcher, string query) => searcher.Search(new SearchRequest { Query = query, PrefixLast = true });

    [Fact]
    public void TheLastWordBeingTypedFindsTheWordsItStarts()
    {
        using var searcher = Notes();

        var results = Typing(searcher, "disag");

        Assert.Equal(["dist", "pd"], results.Slugs().Order());
        Assert.Contains("as you type", results.Interpreted);
        Assert.Contains("disag*", results.Interpreted);
    }

    [Fact]
    public void EarlierWordsStayExactAndNoteNeedNotRelax()
    {
        using var searcher = Notes();

        var results = Typing(searcher, "kv ca");

        Assert.False(results.Relaxed);
        // "calls" starts with "ca" too, and "kv" is in that note: both match; the one without "kv" does not.
        Assert.Equal(["calls", "dist", "kv"], results.Slugs().Order());
        Assert.Contains("kv AND ca*", results.Interpreted);
    }

    [Fact]
    public void TheWholeWordRanksAboveLongerWordsItStarts()
    {
        using var searcher = Notes();

        var results = Typing(searcher, "car");

        Assert.Equal("car", results.Slugs()[0]);
        Assert.Contains("carbon", results.Slugs());
    }

    [Fact]
    public void ASubmittedSearchStaysExactUnlessTheWordEndsInAStar()
    {
        using var searcher = Notes();

        Assert.Empty(searcher.Search(new SearchRequest { Query = "disag", PrefixLast = false, Relax = false }).Hits);
        Assert.Equal(2, searcher.Search("disag*").Total);
        Assert.DoesNotContain("as you type", searcher.Search("disag*").Interpreted);
    }

    [Theory]
    [InlineData("disag ")]
    [InlineData("\"disag\"")]
    [InlineData("disag~")]
    [InlineData("d")]
    public void OnlyAPlainWordStillBeingTypedIsAPrefix(string query)
    {
        using var searcher = Notes();

        var results = Typing(searcher, query);

        Assert.DoesNotContain("as you type", results.Interpreted);
    }

    [Fact]
    public void AScopedLastWordIsAPrefixInItsField()
    {
        using var searcher = Notes();

        var results = Typing(searcher, "title:disag");

        Assert.Equal(["dist"], results.Slugs());
    }

    [Fact]
    public void TheLastWordCountsTowardsTheExpandedWordsCap()
    {
        using var searcher = Build(Unhurried with { MaxExpandedWords = 1 }, Note("a", "Disaggregation", "Disaggregated prefill."));

        var results = Typing(searcher, "prefi* disag");

        Assert.DoesNotContain("as you type", results.Interpreted);
        Assert.Contains(results.Warnings, w => w.Contains("prefix, wildcard and fuzzy words"));
    }

    [Fact]
    public void AOneLetterLastWordWaitsForTheNextLetterInsteadOfRelaxing()
    {
        using var searcher = Notes();

        var results = Typing(searcher, "kv c");

        Assert.False(results.Relaxed);
        Assert.Equal(["calls", "dist", "kv"], results.Slugs().Order());
    }

    [Fact]
    public void AStopWordBeingTypedIsAPrefixOfTheWordsItStarts()
    {
        using var searcher = Notes();

        var results = Typing(searcher, "gpu to");

        Assert.Equal(["topo"], results.Slugs());
        Assert.Contains("to*", results.Interpreted);
    }
}
