using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// Big indexes score matches out of document order (SearchOptions.OutOfOrderScoringFromNotes) and search their
/// segments on several threads (SearchOptions.ParallelSegmentsFromNotes): the answers must not change.
/// </summary>
public class ScoringOrderTests
{
    private static readonly NotesSearch.Core.Notes.Note[] Notes =
    [
        Note("kv", "KV cache paging", "Paged attention keeps the KV cache in blocks; the cache grows with the context.", "2026-03-01", topics: "inference"),
        Note("vllm", "Serving with vLLM", "Continuous batching and paged attention make serving cheap.", "2026-02-01", topics: "inference"),
        Note("rdma", "RDMA on RoCEv2", "The network fabric moves tensors between GPUs without the CPU.", "2025-11-01", topics: "networking"),
        Note("ckpt", "Checkpoints", "Saving model state to object storage; the cache of shards speeds restarts.", "2025-06-01", topics: "training"),
        Note("tok", "Tokenizers", "Byte pair encoding merges frequent pairs into tokens.", "2024-01-01"),
    ];

    [Theory]
    [InlineData("cache")]
    [InlineData("cache OR network")]
    [InlineData("pagd~")]
    [InlineData("tok*")]
    [InlineData("\"paged attention\"")]
    [InlineData("cache -inference")]
    [InlineData("")]
    public void OutOfOrderScoringGivesTheSameAnswer(string query)
    {
        using var inOrder = Build(Notes);
        using var outOfOrder = Build(Unhurried with { OutOfOrderScoringFromNotes = 0 }, Notes);
        var request = new SearchRequest { Query = query, PageSize = 3 };

        var expected = inOrder.Search(request);
        var actual = outOfOrder.Search(request);

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Slugs(), actual.Slugs());
        Assert.Equal(expected.Hits.Select(h => h.Snippet), actual.Hits.Select(h => h.Snippet));
        Assert.Equal(expected.Facets.Topics.Select(t => (t.Key, t.Count)), actual.Facets.Topics.Select(t => (t.Key, t.Count)));
        Assert.Equal(inOrder.Search(request with { Page = 2 }).Slugs(), outOfOrder.Search(request with { Page = 2 }).Slugs());
    }

    [Theory]
    [InlineData("cache", SearchSort.Relevance)]
    [InlineData("cache OR network", SearchSort.Relevance)]
    [InlineData("pagd~", SearchSort.Relevance)]
    [InlineData("tok*", SearchSort.Relevance)]
    [InlineData("\"paged attention\"", SearchSort.Relevance)]
    [InlineData("cache -inference", SearchSort.Newest)]
    [InlineData("", SearchSort.Oldest)]
    public void SearchingTheSegmentsInParallelGivesTheSameAnswer(string query, SearchSort sort)
    {
        // One segment per note, so each thread gets several segments and the merge decides the order.
        using var oneThread = Segmented(Unhurried, Notes);
        using var parallel = Segmented(Unhurried with { ParallelSegmentsFromNotes = 0 }, Notes);
        var request = new SearchRequest { Query = query, Sort = sort, PageSize = 2 };

        var expected = oneThread.Search(request);
        var actual = parallel.Search(request);

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Slugs(), actual.Slugs());
        Assert.Equal(expected.Hits.Select(h => h.Score), actual.Hits.Select(h => h.Score));
        Assert.Equal(expected.Facets.Topics.Select(t => (t.Key, t.Count)), actual.Facets.Topics.Select(t => (t.Key, t.Count)));
        Assert.Equal(expected.Facets.Years.Select(y => (y.Key, y.Count)), actual.Facets.Years.Select(y => (y.Key, y.Count)));
        Assert.Equal(oneThread.Search(request with { Page = 2 }).Slugs(), parallel.Search(request with { Page = 2 }).Slugs());
        Assert.Equal(oneThread.Search(request with { Page = 3 }).Slugs(), parallel.Search(request with { Page = 3 }).Slugs());
    }

    [Fact]
    public void ParallelFacetsStillLeaveOutTheirOwnSelection()
    {
        using var parallel = Segmented(Unhurried with { ParallelSegmentsFromNotes = 0 }, Notes);

        var results = parallel.Search(new SearchRequest { Query = "cache", Topics = ["inference"] });

        Assert.Equal(["kv"], results.Slugs());
        Assert.Equal([("inference", 1), ("training", 1)], results.Facets.Topics.Select(t => (t.Key, t.Count)).OrderBy(t => t.Key));
    }
}
