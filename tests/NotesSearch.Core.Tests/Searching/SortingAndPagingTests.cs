using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class SortingAndPagingTests
{
    private static NoteSearcher Index() => Build(
        Note("old", "Cache", "cache", "2025-01-01"),
        Note("mid", "Other", "cache once", "2025-06-01"),
        Note("new", "Cache", "cache", "2026-01-01"),
        Note("none", "Nothing", "nothing", "2026-02-01"));

    [Fact]
    public void WithoutWordsTheNewestComeFirst()
    {
        using var searcher = Index();

        Assert.Equal(["none", "new", "mid", "old"], searcher.Search("").Slugs());
    }

    [Fact]
    public void WithWordsTitleMatchesOutrankBodyMatchesAndNewerWinsTies()
    {
        using var searcher = Index();

        Assert.Equal(["new", "old", "mid"], searcher.Search("cache").Slugs());
    }

    [Fact]
    public void TitleOutranksSummaryWhichOutranksBody()
    {
        using var searcher = Build(
            Note("body", "One", "the cache", "2026-03-01", summary: "x"),
            Note("summary", "Two", "x", "2026-02-01", summary: "the cache"),
            Note("title", "The cache", "x", "2026-01-01", summary: "x"));

        Assert.Equal(["title", "summary", "body"], searcher.Search("cache").Slugs());
    }

    [Fact]
    public void NotesHoldingTheWordsTogetherRankHigher()
    {
        using var searcher = Build(
            Note("apart", "One", "the cache is warm and the kv store is cold", "2026-03-01"),
            Note("together", "Two", "the kv cache is warm and the store is cold", "2026-01-01"));

        Assert.Equal(["together", "apart"], searcher.Search("kv cache").Slugs());
    }

    [Fact]
    public void SortNewestAndOldestIgnoreScores()
    {
        using var searcher = Index();

        Assert.Equal(["new", "mid", "old"], searcher.Search(new SearchRequest { Query = "cache", Sort = SearchSort.Newest }).Slugs());
        Assert.Equal(["old", "mid", "new"], searcher.Search(new SearchRequest { Query = "cache", Sort = SearchSort.Oldest }).Slugs());
    }

    [Fact]
    public void PagesSliceTheSameOrderAndTotalIsExact()
    {
        using var searcher = Index();

        var first = searcher.Search(new SearchRequest { PageSize = 3 });
        var second = searcher.Search(new SearchRequest { PageSize = 3, Page = 2 });

        Assert.Equal((4, 4), (first.Total, second.Total));
        Assert.Equal(["none", "new", "mid", "old"], first.Slugs().Concat(second.Slugs()));
    }

    [Fact]
    public void APageSizeOutOfRangeIsClampedWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search(new SearchRequest { PageSize = 1000 });

        Assert.Equal(SearchRequest.MaxPageSize, results.PageSize);
        Assert.NotEmpty(results.Warnings);
    }

    [Fact]
    public void PagesPastTheDepthLimitAreEmptyWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search(new SearchRequest { Page = SearchRequest.MaxPage + 1 });

        Assert.Empty(results.Hits);
        Assert.Equal(4, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("Pages past"));
    }

    [Fact]
    public void APagePastTheLastHitIsEmpty()
    {
        using var searcher = Index();

        Assert.Empty(searcher.Search(new SearchRequest { Page = 5 }).Hits);
    }

    [Fact]
    public void AMonthWithoutAYearIsIgnoredWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search(new SearchRequest { Month = 3 });

        Assert.Equal(4, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("month"));
    }
}
