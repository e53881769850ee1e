using System.Net;

namespace NotesSearch.Web.Tests.Site;

/// <summary>No parameter makes a 500: each bad value is clamped or dropped with a notice, or gets a 404 page.</summary>
public sealed class BadInputTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("/?page=-1", "Pages start at 1")]
    [InlineData("/?page=0", "Pages start at 1")]
    [InlineData("/?page=99999999999999999999", "is not a page number")]
    [InlineData("/?pageSize=100000", "A page holds 1 to 100 notes")]
    [InlineData("/?pageSize=0", "A page holds 1 to 100 notes")]
    [InlineData("/?year=abc", "year “abc” is not a year")]
    [InlineData("/?year=2026&month=13", "month “13” is not a month")]
    [InlineData("/?month=4", "A month needs a year")]
    [InlineData("/?from=notadate", "from “notadate” is not a date")]
    [InlineData("/?to=2026-02-30", "to “2026-02-30” is not a date")]
    [InlineData("/?from=2026-05-01&to=2026-01-01", "wrong way round")]
    [InlineData("/?sort=sideways", "“sideways” is not a sort order")]
    public async Task BadParameterGetsANormalPageWithANotice(string url, string notice)
    {
        var page = await client.GetPageAsync(url);

        Assert.Contains(page.Texts(".notice li"), text => text.Contains(notice, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("ol.hits, .zero"));
    }

    [Fact]
    public async Task PagePastTheEndSaysSoAndLinksTheLastPage()
    {
        var page = await client.GetPageAsync("/?page=999");

        Assert.Contains("past the end", page.QuerySelector(".results .notice")?.TextContent);
        Assert.Contains("/?page=4", page.Hrefs(".results .notice a"));
    }

    [Theory]
    [InlineData("/?q=%22unbalanced")]
    [InlineData("/?q=(((")]
    [InlineData("/?q=title:")]
    [InlineData("/?q=AND+OR+NOT")]
    [InlineData("/?q=*")]
    [InlineData("/?q=a~~~~")]
    [InlineData("/?q=%00%01%02")]
    [InlineData("/?topic=&topic=%20&year=&month=&sort=&page=&pageSize=")]
    public async Task QueryTextThatDoesNotParseIsNeverAnError(string url)
    {
        await client.GetPageAsync(url);
    }

    [Fact]
    public async Task VeryLongQueryIsCutWithANotice()
    {
        var page = await client.GetPageAsync("/?q=" + string.Join("+", Enumerable.Repeat("cache", 400)));

        Assert.Contains(page.Texts(".notice li"), text => text.Contains("cut to its first", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("q")]
    [InlineData("topic")]
    [InlineData("year")]
    [InlineData("month")]
    [InlineData("from")]
    [InlineData("to")]
    [InlineData("sort")]
    [InlineData("page")]
    [InlineData("pageSize")]
    public async Task ScriptInAnyParameterIsShownAsTextNeverAsMarkup(string parameter)
    {
        var url = $"/?year=2026&{parameter}=%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Scripts);
    }

    [Theory]
    [InlineData("/notes/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/notes/..%2Fcontent%2Fsite.yml")]
    [InlineData("/notes/..%2F")]
    [InlineData("/notes/2026-03-22-turboquant-kv-cache.md")]
    [InlineData("/notes/%3Cscript%3E")]
    public async Task SlugsAreKeysNeverPaths(string url)
    {
        var page = await client.GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task VeryLongSlugIs404()
    {
        await client.GetPageAsync("/notes/" + new string('a', 5000), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/feed.xml?page=-1&pageSize=100000&year=abc&month=13&from=notadate&sort=sideways")]
    [InlineData("/feed.xml?q=%01%02%3Cscript%3E")]
    [InlineData("/feed.xml?q=%22unbalanced")]
    public async Task FeedWithBadParametersIsStillAFeed(string url)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
    }
}
