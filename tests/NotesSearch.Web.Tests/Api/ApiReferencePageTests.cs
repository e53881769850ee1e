using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NotesSearch.Web.Tests.Api;

/// <summary>The /api reference as a reader sees it: a page of the site, Markdown rendered, real characters, statuses in order.</summary>
public sealed class ApiReferencePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<IHtmlDocument> PageAsync() =>
        await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/api"));

    [Fact]
    public async Task ItHasTheSitesHeaderAndStylesheetAndLoadsNothingFromElsewhere()
    {
        var page = await PageAsync();

        Assert.NotNull(page.QuerySelector("header.site-header a.site-title[href='/']"));
        Assert.Equal(["/css/site.css"], page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!.Split('?')[0]));
        var sources = page.QuerySelectorAll("[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
        Assert.All(sources, source => Assert.StartsWith("/", source));
        Assert.Equal("API · Notes", page.Title);
    }

    [Fact]
    public async Task DescriptionsAreRenderedMarkdownNotRawMarkup()
    {
        var page = await PageAsync();
        var article = page.QuerySelector("article.api-ref")!;

        Assert.DoesNotContain("**", article.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("`", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("Errors", article.QuerySelectorAll("li strong").Select(s => s.TextContent));
        Assert.Contains("If-None-Match", article.QuerySelectorAll("li code").Select(c => c.TextContent));
        // The source's hard-wrapped lines are one paragraph, not lines broken where the source was.
        Assert.Empty(article.QuerySelectorAll("p br"));
    }

    [Fact]
    public async Task ExamplesShowTheCharactersAClientReceives()
    {
        var page = await PageAsync();
        var article = page.QuerySelector("article.api-ref")!;

        Assert.DoesNotContain("\\u00", article.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(article.QuerySelectorAll("pre code"), code => code.TextContent.Contains("<mark>KV</mark>", StringComparison.Ordinal));
        Assert.Contains(article.QuerySelectorAll("td code, dd code"), code => code.TextContent == "W/\"6f1c2a9b0d3e4f5a6b7c8d9e0f1a2b3c\"");
    }

    [Fact]
    public async Task ResponsesAreListedInStatusOrder()
    {
        var page = await PageAsync();

        var search = page.QuerySelector("h2#search")!.ParentElement!;
        var statuses = search.QuerySelectorAll("dl.responses dt").Select(dt => dt.TextContent).ToArray();
        Assert.Equal(["200", "304", "400", "429", "500", "503"], statuses);
        Assert.All(page.QuerySelectorAll("dl.responses"), list =>
        {
            var codes = list.QuerySelectorAll("dt").Select(dt => int.Parse(dt.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(codes.Order(), codes);
        });
    }

    [Fact]
    public async Task WideTablesScrollInTheirOwnBox()
    {
        var page = await PageAsync();

        Assert.All(page.QuerySelectorAll("article.api-ref table"), table => Assert.Equal("table-wrap", table.ParentElement!.ClassName));
    }
}
