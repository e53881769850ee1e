using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class SynonymTests
{
    private const string Solr = """
        # comment
        moe, mixture of experts
        ttft, time to first token
        kv cache, key value cache
        k8s, kubernetes
        """;

    private static NoteSearcher Index() => Build(Synonyms(Solr),
        Note("moe", "Dispatch", "The MoE all-to-all dominates decode."),
        Note("experts", "Routing", "A mixture of experts routes tokens."),
        Note("ttft", "Latency", "9.8x TTFT improvement."),
        Note("kv", "Eviction", "Engines evict the KV cache."),
        Note("k8s", "Scheduling", "The Kubernetes resource model."));

    [Fact]
    public void AMultiWordSynonymFindsTheAbbreviation()
    {
        using var searcher = Index();

        var results = searcher.Search("mixture of experts");

        Assert.Equal(["experts", "moe"], results.Slugs().Order());
        Assert.Contains("synonym: mixture of experts = moe", results.Interpreted);
    }

    [Fact]
    public void AnAbbreviationFindsTheMultiWordSynonym()
    {
        using var searcher = Index();

        Assert.Equal(["experts", "moe"], searcher.Search("moe").Slugs().Order());
    }

    [Fact]
    public void SynonymsWithStopWordsWork()
    {
        using var searcher = Index();

        Assert.Equal(["ttft"], searcher.Search("time to first token").Slugs());
    }

    [Fact]
    public void AQuotedSynonymPhraseIsExpandedToo()
    {
        using var searcher = Index();

        Assert.Equal(["ttft"], searcher.Search("\"time to first token\"").Slugs());
    }

    [Fact]
    public void SynonymRunsCombineWithOtherWords()
    {
        using var searcher = Index();

        Assert.Equal(["moe"], searcher.Search("mixture of experts decode").Slugs());
    }

    [Fact]
    public void NotAppliesToTheWholeSynonymGroup()
    {
        using var searcher = Index();

        Assert.DoesNotContain("moe", searcher.Search("-moe").Slugs());
        Assert.DoesNotContain("experts", searcher.Search("-moe").Slugs());
    }

    [Fact]
    public void ScopedWordsUseSynonymsOnThatFieldOnly()
    {
        using var searcher = Build(Synonyms(Solr), Note("a", "Kubernetes at home", "body"), Note("b", "Other", "k8s in the body"));

        Assert.Equal(["a"], searcher.Search("title:k8s").Slugs());
    }

    [Fact]
    public void LiteralRequestsIgnoreSynonyms()
    {
        using var searcher = Index();

        Assert.Equal(["experts"], searcher.Search(new SearchRequest { Query = "mixture of experts", Relax = false }).Slugs());
    }

    [Fact]
    public void TheContentSynonymsFileParses()
    {
        var synonyms = QuerySynonyms.Load(ContentNotes.SynonymsPath);

        Assert.Equal(["ttft"], synonyms.Match(QuerySynonyms.Words("time to first token"), 0)!.Alternatives);
        Assert.Equal(3, synonyms.Match(QuerySynonyms.Words("roce v2"), 0)!.Alternatives.Count);
    }
}
