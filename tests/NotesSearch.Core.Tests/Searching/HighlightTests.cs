using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class HighlightTests
{
    [Fact]
    public void MatchedWordsAreMarkedAndEverythingElseEscaped()
    {
        using var searcher = Build(Note("a", "Tags & <b>bold</b> cache", "Use <script>alert('x')</script> & the cache \"now\"."));

        var hit = searcher.Search("cache").Hits.Single();

        Assert.Equal("Use &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>cache</mark> &quot;now&quot;.", hit.Snippet);
        Assert.Equal("Tags &amp; &lt;b&gt;bold&lt;/b&gt; <mark>cache</mark>", hit.TitleHtml);
    }

    [Fact]
    public void OffsetsHoldAcrossNonAsciiText()
    {
        using var searcher = Build(Note("a", "Café ☕ notes", "Über naïve café 日本語 then 🚀 rockets and the cache."));

        var hit = searcher.Search("cache").Hits.Single();

        Assert.Equal("Über naïve café 日本語 then 🚀 rockets and the <mark>cache</mark>.", hit.Snippet);
    }

    [Fact]
    public void EntitiesInTheTextAreEscapedNotDecoded()
    {
        using var searcher = Build(Note("a", "Entities", "Write &amp; and &lt;cache&gt; literally."));

        Assert.Equal("Write &amp;amp; and &amp;lt;<mark>cache</mark>&amp;gt; literally.", searcher.Search("cache").Hits.Single().Snippet);
    }

    [Fact]
    public void StemmedFormsAreMarked()
    {
        using var searcher = Build(Note("a", "Caching", "The caches were cached."));

        Assert.Equal("The <mark>caches</mark> were <mark>cached</mark>.", searcher.Search("cache").Hits.Single().Snippet);
    }

    [Fact]
    public void PrefixAndFuzzyMatchesAreMarked()
    {
        using var searcher = Build(Note("a", "Nodes", "An isolated node in Kubernetes."));

        Assert.Equal("An <mark>isolated</mark> node in Kubernetes.", searcher.Search("isola*").Hits.Single().Snippet);
        Assert.Equal("An isolated node in <mark>Kubernetes</mark>.", searcher.Search("kuberntes~").Hits.Single().Snippet);
    }

    [Fact]
    public void SynonymMatchesAreMarked()
    {
        using var searcher = Build(Synonyms("moe, mixture of experts"), Note("a", "Dispatch", "The MoE layer."));

        Assert.Equal("The <mark>MoE</mark> layer.", searcher.Search("mixture of experts").Hits.Single().Snippet);
    }

    [Fact]
    public void ExcludedWordsAreNotMarked()
    {
        using var searcher = Build(Note("a", "Cache", "The cache and the gpu."));

        Assert.Equal("The <mark>cache</mark> and the gpu.", searcher.Search("cache -title:gpu").Hits.Single().Snippet);
    }

    [Fact]
    public void TheSnippetIsAWindowAroundTheMatchInALongBody()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 80));
        using var searcher = Build(Note("a", "Long", filler + " the needle is here " + filler));

        var snippet = searcher.Search("needle").Hits.Single().Snippet;

        Assert.Contains("<mark>needle</mark>", snippet);
        Assert.StartsWith(MarkPassageFormatter.Ellipsis, snippet);
        Assert.EndsWith(MarkPassageFormatter.Ellipsis, snippet);
        Assert.InRange(snippet.Length, 150, 260);
    }

    [Fact]
    public void TheSummaryIsUsedWhenTheBodyDoesNotMatch()
    {
        using var searcher = Build(Note("a", "Title", "Nothing to see.", summary: "The cache summary."));

        Assert.Equal("The <mark>cache</mark> summary.", searcher.Search("cache").Hits.Single().Snippet);
    }

    [Fact]
    public void AWholeTitleIsHighlightedAcrossSentences()
    {
        using var searcher = Build(Note("a", "AWS gives you an H100. It is not an H100 running well.", "body"));

        Assert.Equal("AWS gives you an <mark>H100</mark>. It is not an <mark>H100</mark> running well.", searcher.Search("h100").Hits.Single().TitleHtml);
    }

    [Fact]
    public void WithoutWordsTheSnippetIsTheEscapedSummary()
    {
        using var searcher = Build(Note("a", "A <title>", "body", summary: "Summary <b>bold</b>"));

        var hit = searcher.Search("").Hits.Single();

        Assert.Equal("Summary &lt;b&gt;bold&lt;/b&gt;", hit.Snippet);
        Assert.Equal("A &lt;title&gt;", hit.TitleHtml);
    }

    [Fact]
    public void MarkdownNotesHighlightTheirPlainText()
    {
        using var searcher = Markdown("""
            ---
            title: "A <b>title</b>"
            date: 2026-04-01
            ---

            Some **bold** cache and [a link](https://example.com) to `code <x>`.
            """);

        var hit = searcher.Search("cache").Hits.Single();

        Assert.Contains("<mark>cache</mark>", hit.Snippet);
        Assert.DoesNotContain("**", hit.Snippet);
        Assert.DoesNotContain("<x>", hit.Snippet);
    }
}
