using AngleSharp.Html.Parser;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The site's notes and one of several paragraphs, one of them about zanzibar, with zanzibar in code too.</summary>
public sealed class ParagraphSiteFactory : NotesSiteFactory
{
    public ParagraphSiteFactory() => File.WriteAllText(Path.Combine(ContentPath, "2026-06-01-paragraphs.md"), """
        ---
        title: A note of several paragraphs
        date: 2026-06-01
        ---
        The opening paragraph is about nothing in particular and is long enough to stand alone.

        ## A heading

        The middle paragraph mentions the zanzibar protocol and its caches, at some length, so it is the snippet.

        ```
        zanzibar = configure("zanzibar")
        ```

        [a link](https://example.com/zanzibar "zanzibar") and the closing paragraph.
        """);
}

public sealed class ParagraphLinkPageTests(ParagraphSiteFactory site) : IClassFixture<ParagraphSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task ASearchHitsSnippetLinksToTheParagraphItCameFrom()
    {
        var results = await client.GetPageAsync("/?q=zanzibar");

        var href = results.QuerySelector("ol.hits .snippet a")!.GetAttribute("href")!;
        Assert.StartsWith("/notes/paragraphs?q=zanzibar#p-", href);
        var note = await client.GetPageAsync(href.Split('#')[0]);
        var target = note.GetElementById(href.Split('#')[1]);
        Assert.StartsWith("The middle paragraph", target?.TextContent);
    }

    [Fact]
    public async Task TheNotePageMarksTheQueryWordsOutsideCodeAndAttributes()
    {
        var page = await client.GetPageAsync("/notes/paragraphs?q=zanzibar+cache");

        Assert.Equal(["zanzibar", "caches"], page.Texts(".note-body mark"));
        Assert.Empty(page.QuerySelectorAll(".note-body pre mark, .note-body code mark"));
        Assert.Equal("https://example.com/zanzibar", page.QuerySelector(".note-body a")!.GetAttribute("href"));
        Assert.Contains("2 matches for “zanzibar cache” marked", page.QuerySelector(".marked-words")!.TextContent);
    }

    [Fact]
    public async Task AHitFoundWhileTypingMarksTheWordsItsHalfTypedWordStarts()
    {
        var page = await client.GetPageAsync("/notes/paragraphs?q=zanzi");

        Assert.Equal(["zanzibar"], page.Texts(".note-body mark"));
    }

    [Fact]
    public async Task WithoutAQueryThePageHasNoMarks()
    {
        var page = await client.GetPageAsync("/notes/paragraphs");

        Assert.Empty(page.QuerySelectorAll(".note-body mark"));
        Assert.Null(page.QuerySelector(".marked-words"));
    }

    [Fact]
    public async Task EveryParagraphHeadingAndCodeBlockOfTheNoteHasAnId()
    {
        var page = await client.GetPageAsync("/notes/paragraphs");

        var blocks = page.QuerySelectorAll(".note-body p, .note-body h2, .note-body pre code");
        Assert.Equal(5, blocks.Length);
        Assert.All(blocks, block => Assert.False(string.IsNullOrEmpty(block.Id)));
    }

    [Fact]
    public async Task AHostileQueryNeverBreaksThePage()
    {
        var page = await client.GetPageAsync("/notes/paragraphs?q=" + Uri.EscapeDataString("<script>\"zanzibar\" AND (((  ~ *"));

        Assert.Empty(page.QuerySelectorAll(".note-body script"));
        Assert.NotNull(new HtmlParser().ParseDocument(page.DocumentElement.OuterHtml).QuerySelector(".note-body"));
    }
}
