using System.Net;

namespace NotesSearch.Web.Tests.Site;

public sealed class TopicPageTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private readonly HttpClient client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ATopicPageDrawsABarPerMonthLinkingToThatMonthsNotesInTheTopic()
    {
        var page = await client.GetPageAsync("/topics/kv-cache");

        Assert.Equal("KV cache", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["March 2026: 1 note", "April 2026: 2 notes", "May 2026: 1 note"],
            page.QuerySelectorAll("svg a.bar").Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(
            ["/?topic=kv-cache&year=2026&month=3", "/?topic=kv-cache&year=2026&month=4", "/?topic=kv-cache&year=2026&month=5"],
            page.Hrefs("svg a.bar"));
        Assert.Equal(["1", "2", "1"], page.Texts("svg a.bar .count-label"));
        Assert.Equal(["Mar", "Apr", "May"], page.Texts("svg a.bar .month-label"));
    }

    [Fact]
    public async Task TheChartIsDrawnAtItsOwnSizeNotStretchedToTheColumn()
    {
        var page = await client.GetPageAsync("/topics/kv-cache");

        // Three bars stretched to a 672 px column were about 2,500 px tall, with labels 150 px high.
        var svg = page.QuerySelector("figure.timeline svg")!;
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ');
        Assert.Equal(viewBox[2], svg.GetAttribute("width"));
        Assert.Equal(viewBox[3], svg.GetAttribute("height"));
        Assert.True(double.Parse(viewBox[3], System.Globalization.CultureInfo.InvariantCulture) < 250);
    }

    [Fact]
    public async Task ATopicPageNamesItsFirstAndLatestNoteAndListsItsNotesNewestFirst()
    {
        var page = await client.GetPageAsync("/topics/kv-cache");

        Assert.Equal("/notes/turboquant-kv-cache", page.QuerySelector("a.first-note")!.GetAttribute("href"));
        Assert.Equal("/notes/ppd-multi-turn-disaggregation", page.QuerySelector("a.latest-note")!.GetAttribute("href"));
        Assert.Equal(
            ["/notes/ppd-multi-turn-disaggregation", "/notes/agent-tool-call-kv-eviction", "/notes/cxl-kv-transfer-nic-hop", "/notes/turboquant-kv-cache"],
            page.Hrefs(".topic-notes a"));
    }

    [Fact]
    public async Task ATopicPageListsTheTopicsThatComeWithItWithCounts()
    {
        var page = await client.GetPageAsync("/topics/kv-cache");

        var coTopics = page.QuerySelectorAll(".co-topics li")
            .Select(li => (li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".count")!.TextContent))
            .ToArray();
        Assert.Equal([("/topics/inference-serving", "2"), ("/topics/agents", "1"), ("/topics/networking", "1")], coTopics);
    }

    [Theory]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/topics/%21%21%21")]
    public async Task AnUnknownTopicIsAFriendly404(string url)
    {
        var page = await client.GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task ALabelRedirectsToTheTopicsOneAddress()
    {
        using var response = await client.GetAsync("/topics/KV%20Cache");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/topics/kv-cache", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheTopicsListLinksToEachTopicsPage()
    {
        var page = await client.GetPageAsync("/topics");

        Assert.Contains("/topics/kv-cache", page.Hrefs(".topic-list a"));
    }
}
