using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class FacetTests
{
    private static NoteSearcher Index() => Build(
        Note("a", "GPU one", "gpu", "2025-11-03", topics: ["Hardware", "Cost"]),
        Note("b", "GPU two", "gpu", "2026-03-05", topics: ["Hardware"]),
        Note("c", "GPU three", "gpu", "2026-03-20", topics: ["Networking"]),
        Note("d", "GPU four", "gpu", "2026-04-01", topics: ["Networking", "Cost"]),
        Note("e", "Other", "cpu", "2026-04-02", topics: ["Hardware"]));

    private static SearchResults Search(NoteSearcher searcher, string query = "gpu", string[]? topics = null, int? year = null, int? month = null) =>
        searcher.Search(new SearchRequest { Query = query, Topics = topics ?? [], Year = year, Month = month });

    [Fact]
    public void FacetsCountEveryHitNotJustThePage()
    {
        using var searcher = Index();

        var facets = searcher.Search(new SearchRequest { Query = "gpu", PageSize = 1 }).Facets;

        Assert.Equal(
            [new("cost", "Cost", 2, false), new("hardware", "Hardware", 2, false), new("networking", "Networking", 2, false)],
            facets.Topics);
        Assert.Equal([new("2026", "2026", 3, false), new("2025", "2025", 1, false)], facets.Years);
        Assert.Equal(
            [new("2026-04", "April 2026", 1, false), new("2026-03", "March 2026", 2, false), new("2025-11", "November 2025", 1, false)],
            facets.Months);
    }

    [Fact]
    public void SelectingATopicKeepsTheOtherTopicsCounts()
    {
        using var searcher = Index();

        var results = Search(searcher, topics: ["hardware"]);

        Assert.Equal(["a", "b"], results.Slugs().Order());
        Assert.Equal(
            [new("cost", "Cost", 2, false), new("hardware", "Hardware", 2, true), new("networking", "Networking", 2, false)],
            results.Facets.Topics.OrderBy(t => t.Key).ToArray());
    }

    [Fact]
    public void SeveralTopicsAreOred()
    {
        using var searcher = Index();

        Assert.Equal(["a", "b", "c", "d"], Search(searcher, topics: ["hardware", "networking"]).Slugs().Order());
    }

    [Fact]
    public void OtherDimensionsAreCountedAfterTheTopicFilter()
    {
        using var searcher = Index();

        var facets = Search(searcher, topics: ["networking"]).Facets;

        Assert.Equal([new("2026", "2026", 2, false)], facets.Years);
        Assert.Equal([new("2026-04", "April 2026", 1, false), new("2026-03", "March 2026", 1, false)], facets.Months);
    }

    [Fact]
    public void MultiSelectCountsEqualTheTotalsAfterSelectingThatValue()
    {
        using var searcher = Index();
        var selected = Search(searcher, topics: ["cost"], year: 2026);

        foreach (var topic in selected.Facets.Topics)
            Assert.Equal(topic.Count, Search(searcher, topics: [topic.Key], year: 2026).Total);
        foreach (var year in selected.Facets.Years)
            Assert.Equal(year.Count, Search(searcher, topics: ["cost"], year: int.Parse(year.Key)).Total);
        foreach (var month in selected.Facets.Months)
            Assert.Equal(month.Count, Search(searcher, topics: ["cost"], year: 2026, month: int.Parse(month.Key[5..])).Total);
    }

    [Fact]
    public void MonthsStayWithinTheSelectedYear()
    {
        using var searcher = Index();

        var results = Search(searcher, year: 2026);

        Assert.Equal(3, results.Total);
        Assert.Equal([new("2026", "2026", 3, true), new("2025", "2025", 1, false)], results.Facets.Years);
        Assert.Equal([new("2026-04", "April 2026", 1, false), new("2026-03", "March 2026", 2, false)], results.Facets.Months);
    }

    [Fact]
    public void SelectingAMonthKeepsTheOtherMonthsOfItsYear()
    {
        using var searcher = Index();

        var results = Search(searcher, year: 2026, month: 3);

        Assert.Equal(["b", "c"], results.Slugs().Order());
        Assert.Equal([new("2026-04", "April 2026", 1, false), new("2026-03", "March 2026", 2, true)], results.Facets.Months);
        // Years ignore the whole date selection (year and month): the reader can still move to another year.
        Assert.Equal([new("2026", "2026", 3, true), new("2025", "2025", 1, false)], results.Facets.Years);
    }

    [Fact]
    public void SelectedValuesStayVisibleAtZero()
    {
        using var searcher = Index();

        var results = Search(searcher, query: "cpu", topics: ["cost", "unknown-topic"], year: 2024);

        Assert.Equal(0, results.Total);
        Assert.Contains(new FacetValue("cost", "Cost", 0, true), results.Facets.Topics);
        Assert.Contains(new FacetValue("unknown-topic", "unknown-topic", 0, true), results.Facets.Topics);
        Assert.Contains(new FacetValue("2024", "2024", 0, true), results.Facets.Years);
    }

    [Fact]
    public void TopicFilterAcceptsLabelsAsWellAsKeys()
    {
        using var searcher = Index();

        Assert.Equal(["c", "d"], Search(searcher, topics: ["Networking"]).Slugs().Order());
    }

    [Fact]
    public void FromAndToNarrowHitsAndEveryFacet()
    {
        using var searcher = Index();

        var results = searcher.Search(new SearchRequest { Query = "gpu", From = new DateOnly(2026, 3, 10), To = new DateOnly(2026, 4, 1) });

        Assert.Equal(["c", "d"], results.Slugs().Order());
        Assert.Equal([new("2026", "2026", 2, false)], results.Facets.Years);
    }

    [Fact]
    public void FacetsWorkAcrossSegmentsAndLabelsComeFromDocValues()
    {
        var directory = new Lucene.Net.Store.RAMDirectory();
        using (var indexer = NotesSearch.Core.Indexing.NoteIndexer.Open(directory))
        {
            indexer.Upsert(Note("a", "GPU", "gpu", topics: ["KV cache"]));
            indexer.Commit();
            indexer.Upsert(Note("b", "GPU", "gpu", topics: ["KV cache", "Cost"]));
            indexer.Commit();
        }
        using var searcher = new NoteSearcher(new Lucene.Net.Search.SearcherManager(directory, new NotesSearch.Core.Indexing.NoteSearcherFactory()));

        var results = searcher.Search(new SearchRequest { Query = "gpu", Topics = ["kv-cache"] });

        Assert.Equal(2, results.Total);
        Assert.Equal([new("kv-cache", "KV cache", 2, true), new("cost", "Cost", 1, false)], results.Facets.Topics);
    }
}
