using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Issue 12 §3: highlights mark exactly where the query matched.</summary>
public class ExactHighlightTests
{
    [Fact]
    public void APhraseIsMarkedOnlyWhereItStands()
    {
        using var searcher = Build(Note("a", "Tools", "Every tool returns text. The agent makes a tool call."));

        Assert.Equal("Every tool returns text. The agent makes a <mark>tool call</mark>.", searcher.Search("\"tool call\"").Hits.Single().Snippet);
    }

    [Fact]
    public void APhraseWithAStopWordIsOneMark()
    {
        using var searcher = Build(Note("a", "Cooking", "The mixture was thick. A mixture of experts routes tokens; experts disagree."));

        Assert.Equal("The mixture was thick. A <mark>mixture of experts</mark> routes tokens; experts disagree.",
            searcher.Search("\"mixture of experts\"").Hits.Single().Snippet);
    }

    [Fact]
    public void AWordAlsoAskedForAloneIsMarkedEverywhere()
    {
        using var searcher = Build(Note("a", "Tools", "Every tool returns text. The agent makes a tool call."));

        Assert.Equal("Every <mark>tool</mark> returns text. The agent makes a <mark>tool call</mark>.",
            searcher.Search("tool \"tool call\"").Hits.Single().Snippet);
    }

    [Fact]
    public void AMultiWordSynonymIsMarkedOnlyWhereTheWholePhraseStands()
    {
        using var searcher = Build(Synonyms("moe, mixture of experts"),
            Note("a", "Baking", "Make a mixture of flour and water. The experts disagree. Our MoE layer routes."));

        Assert.Equal("Make a mixture of flour and water. The experts disagree. Our <mark>MoE</mark> layer routes.", searcher.Search("moe").Hits.Single().Snippet);
    }

    [Fact]
    public void ASynonymPhraseFoundWholeIsOneMark()
    {
        using var searcher = Build(Synonyms("roce, rdma over converged ethernet"),
            Note("a", "Networks", "Plain Ethernet is cheap. RDMA is fast. We run RDMA over Converged Ethernet."));

        Assert.Equal("Plain Ethernet is cheap. RDMA is fast. We run <mark>RDMA over Converged Ethernet</mark>.", searcher.Search("roce").Hits.Single().Snippet);
    }

    [Theory]
    [InlineData("zq*")]
    [InlineData("zq?*")]
    [InlineData("zqzebrx~1")]
    public void EveryHitMarksTheWordsThatMadeItMatchWhateverTheExpansions(string query)
    {
        var forty = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"zqa{i:00}"));
        using var searcher = Build(Note("many", "Many", forty), Note("zebra", "Zebra", "A zqzebra grazes."));

        var zebra = searcher.Search(query).Hits.Single(h => h.Slug == "zebra");

        Assert.Equal("A <mark>zqzebra</mark> grazes.", zebra.Snippet);
    }

    [Fact]
    public void ManyExpansionsInOneNoteStillMarkItsWords()
    {
        var forty = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"zqa{i:00}"));
        using var searcher = Build(Note("many", "Many", forty), Note("zebra", "Zebra", "A zqzebra grazes."));

        var many = searcher.Search("zq*").Hits.Single(h => h.Slug == "many");

        Assert.StartsWith("<mark>zqa00", many.Snippet);
    }

    [Fact]
    public void ATwoCharacterCjkWordDoesNotMarkOneOfItsCharactersElsewhere()
    {
        using var searcher = Build(Note("a", "天気", "北京は晴れ。東京は雨。"));

        Assert.Equal("北京は晴れ。<mark>東京</mark>は雨。", searcher.Search("東京").Hits.Single().Snippet);
    }

    [Theory]
    [InlineData("kv cache", "The <mark>KV cache</mark> is full; the cache of KV pairs too.")]
    [InlineData("\"kv cache\"", "The <mark>KV cache</mark> is full; the cache of KV pairs too.")]
    public void AdjacentMarkedWordsBecomeOneMark(string query, string expected)
    {
        using var searcher = Build(Note("a", "Memory", "The KV cache is full; the cache of KV pairs too."));

        var snippet = searcher.Search(query).Hits.Single().Snippet;

        if (query.StartsWith('"'))
            Assert.Equal(expected, snippet);
        else
            Assert.Equal("The <mark>KV cache</mark> is full; the <mark>cache</mark> of <mark>KV</mark> pairs too.", snippet);
    }

    [Fact]
    public void APhraseInTheTitleIsMarkedOnlyWhereItStands()
    {
        using var searcher = Build(Note("a", "A tool and a tool call", "Body."));

        Assert.Equal("A tool and a <mark>tool call</mark>", searcher.Search("\"tool call\"").Hits.Single().TitleHtml);
    }
}
