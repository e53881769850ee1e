using AngleSharp.Html.Parser;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Searching;

public class PageMarkTests
{
    private static NoteSearcher Index() => TestIndex.Build(TestIndex.Note("a", "Caching", "The caches were cached."));

    [Fact]
    public void QueryWordsAreMarkedAsTheSearchMatchesThem()
    {
        using var searcher = Index();

        var marked = searcher.MarkQueryWords("<p>The KV caches and one <em>cache</em>.</p>", "kv cache");

        Assert.Equal("<p>The <mark>KV</mark> <mark>caches</mark> and one <em><mark>cache</mark></em>.</p>", marked.Html);
        Assert.Equal(3, marked.Marks);
    }

    [Fact]
    public void CodeAndAttributesAreNeverMarked()
    {
        using var searcher = Index();

        var marked = searcher.MarkQueryWords(
            "<p><a href=\"/cache\" title=\"cache\">a cache</a></p><pre><code>cache = 1</code></pre><p>inline <code>cache</code></p>", "cache");

        var page = new HtmlParser().ParseDocument(marked.Html);
        Assert.Equal(["cache"], page.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal("/cache", page.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("code mark, pre mark"));
    }

    [Fact]
    public void WordsUnderNotAreNotMarkedAndEscapedTextStaysEscaped()
    {
        using var searcher = Index();

        var marked = searcher.MarkQueryWords("<p>cache &lt;script&gt; latency</p>", "cache -latency");

        Assert.Equal("<p><mark>cache</mark> &lt;script&gt; latency</p>", marked.Html);
    }

    [Fact]
    public void MarkingStopsAtItsBoundAndSaysSo()
    {
        using var searcher = Index();
        var html = "<p>" + string.Concat(Enumerable.Repeat("cache ", PageMarker.MaxMarks + 10)) + "</p>";

        var marked = searcher.MarkQueryWords(html, "cache");

        Assert.Equal(PageMarker.MaxMarks, marked.Marks);
        Assert.True(marked.Capped);
    }

    [Fact]
    public void AQueryWithNoWordsLeavesThePageAsItIs()
    {
        using var searcher = Index();

        Assert.Equal("<p>the cache</p>", searcher.MarkQueryWords("<p>the cache</p>", "the \"\"").Html);
    }
}
