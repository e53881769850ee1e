using System.Net;

namespace NotesSearch.Web.Tests.Site;

public sealed class PageTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("/", "Newest notes")]
    [InlineData("/?q=kv+cache", "kv cache — search")]
    [InlineData("/notes/turboquant-kv-cache", "Pied Piper")]
    [InlineData("/topics", "Topics")]
    [InlineData("/archive", "Archive")]
    [InlineData("/about", "About")]
    public async Task EveryPageRendersWithLandmarksAndATitle(string url, string title)
    {
        var page = await client.GetPageAsync(url);

        Assert.Contains(title, page.Title);
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer a[href='/api']"));
        Assert.Equal(["/css/site.css"], page.Hrefs("link[rel=stylesheet]").Select(h => h.Split('?')[0]));
    }

    [Fact]
    public async Task SearchShowsRankedHitsWithTitleLinkDateTopicsAndALabelledBox()
    {
        var page = await client.GetPageAsync("/?q=turboquant");

        Assert.Equal("Search notes", page.QuerySelector("label[for=q]")?.TextContent);
        Assert.Equal("turboquant", page.QuerySelector("input#q")?.GetAttribute("value"));
        var hit = page.QuerySelector("ol.hits li.hit");
        Assert.NotNull(hit);
        Assert.Equal("/notes/turboquant-kv-cache", hit.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Equal("2026-03-22", hit.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("/?topic=kv-cache", hit.QuerySelectorAll("a.tag").Select(a => a.GetAttribute("href")));
        Assert.Equal("polite", page.QuerySelector("#result-count")?.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task WithoutWordsTheNewestNotesComeFirst()
    {
        var page = await client.GetPageAsync("/");

        var dates = page.QuerySelectorAll("ol.hits time").Select(t => t.GetAttribute("datetime")!).ToArray();
        Assert.Equal(10, dates.Length);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task EverySearchPageLinksItsOwnFeed()
    {
        var page = await client.GetPageAsync("/?q=kv+cache&topic=networking");

        Assert.Contains("/feed.xml?q=kv%20cache&topic=networking", page.Hrefs("link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal(["/feed.xml?q=kv%20cache&topic=networking"], page.Hrefs(".feed-link a"));
    }

    [Fact]
    public async Task ActiveFiltersAreChipsThatRemoveThemselves()
    {
        var page = await client.GetPageAsync("/?q=cache&topic=kv-cache&topic=networking&year=2026&month=4");

        var chips = page.QuerySelectorAll("a.chip").ToDictionary(a => a.TextContent.Replace("×", "").Trim(), a => a.GetAttribute("href"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["Topic: KV cache"] = "/?q=cache&topic=networking&year=2026&month=4",
            ["Topic: Networking"] = "/?q=cache&topic=kv-cache&year=2026&month=4",
            ["Month: April 2026"] = "/?q=cache&topic=kv-cache&topic=networking&year=2026",
        }, chips);
    }

    [Fact]
    public async Task SortAndPagesAreLinksThatKeepTheSearch()
    {
        var page = await client.GetPageAsync("/?topic=kv-cache&pageSize=2");

        Assert.Equal(["/?topic=kv-cache&sort=newest&pageSize=2", "/?topic=kv-cache&sort=oldest&pageSize=2"], page.Hrefs("nav.sort a"));
        Assert.Contains("/?topic=kv-cache&page=2&pageSize=2", page.Hrefs("nav.pages a"));
    }

    [Fact]
    public async Task ZeroResultsOfferPopularTopics()
    {
        var page = await client.GetPageAsync("/?q=xylophonequartz");

        Assert.Equal("No notes match “xylophonequartz”", page.QuerySelector("#result-count")?.TextContent);
        Assert.Contains("/?topic=inference-serving", page.Hrefs(".zero .topic-cloud a"));
    }

    [Fact]
    public async Task PartialRequestGetsOnlyTheResultsRegion()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?q=turboquant");
        request.Headers.Add("X-Partial", "results");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("<div id=\"search-body\"", html.Trim());
        Assert.DoesNotContain("<html", html);
        Assert.Contains("X-Partial", response.Headers.Vary);
    }

    [Fact]
    public async Task NotePageShowsTheNoteWithItsTopicsAndNeighbours()
    {
        var page = await client.GetPageAsync("/notes/cxl-kv-transfer-nic-hop");

        Assert.Equal("nobody is talking about the NIC hop.", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("2026-04-10", page.QuerySelector("article time")?.GetAttribute("datetime"));
        Assert.Equal(["/?topic=kv-cache", "/?topic=networking", "/?topic=inference-serving"], page.Hrefs("article a.tag"));
        Assert.NotEmpty(page.QuerySelectorAll(".note-body p"));
        Assert.Equal(["prev", "next"], page.QuerySelectorAll("nav.prev-next a").Select(a => a.GetAttribute("rel")));
    }

    [Fact]
    public async Task UnknownNoteIsAFriendly404()
    {
        var page = await client.GetPageAsync("/notes/no-such-note", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task SlugInTheWrongCaseRedirectsToTheNote()
    {
        var noRedirects = site.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await noRedirects.GetAsync("/notes/CXL-KV-Transfer-NIC-Hop");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/notes/cxl-kv-transfer-nic-hop", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/notes/cxl-kv-transfer-nic-hop/", "/notes/cxl-kv-transfer-nic-hop")]
    [InlineData("/notes/cxl-kv-transfer-nic-hop/?utm_source=old+blog&x=%2F", "/notes/cxl-kv-transfer-nic-hop?utm_source=old+blog&x=%2F")]
    [InlineData("/notes/cxl-kv-transfer-nic-hop//", "/notes/cxl-kv-transfer-nic-hop")]
    public async Task AnOldPermalinkWithATrailingSlashRedirectsToTheNote(string oldAddress, string address)
    {
        var noRedirects = site.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await noRedirects.GetAsync(oldAddress);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(address, response.Headers.Location?.OriginalString);
        Assert.Contains("NIC hop", (await client.GetPageAsync(oldAddress)).Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownAddressIsAFriendly404()
    {
        var page = await client.GetPageAsync("/no/such/page", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task TopicsPageListsEveryTopicWithItsCount()
    {
        var page = await client.GetPageAsync("/topics");

        var topics = page.QuerySelectorAll(".topic-list li")
            .ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.QuerySelector(".count")!.TextContent);
        Assert.Equal("4", topics["/topics/kv-cache"]);
        Assert.Equal("5", topics["/topics/networking"]);
    }

    [Fact]
    public async Task ArchiveDrawsOneBarPerMonthLinkingToThatMonth()
    {
        var page = await client.GetPageAsync("/archive");

        var bars = page.QuerySelectorAll("svg a.bar").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal("/?year=2025&month=4", bars.First());
        Assert.Equal("/?year=2026&month=5", bars.Last());
        Assert.Equal(14, bars.Length + page.QuerySelectorAll("svg .empty-month").Length);
        Assert.Contains("/?year=2026&month=4", page.Hrefs(".archive-month h3 a"));
    }

    [Fact]
    public async Task AboutShowsTheAuthorsIntroFromSiteYml()
    {
        var page = await client.GetPageAsync("/about");

        Assert.StartsWith("i wrote these.", page.QuerySelector("blockquote.intro")?.TextContent.Trim());
    }

    [Fact]
    public async Task TopicFacetFiltersAndKeepsTheOtherTopicsCounts()
    {
        var page = await client.GetPageAsync("/?topic=kv-cache");

        var topics = page.QuerySelectorAll(".facets a[data-topic]")
            .ToDictionary(a => a.GetAttribute("data-topic")!, a => (a.GetAttribute("aria-current"), a.QuerySelector(".count")!.TextContent));
        Assert.Equal(("true", "4"), topics["kv-cache"]);
        Assert.Equal((null, "5"), topics["networking"]);
        Assert.Equal(4, page.QuerySelectorAll("ol.hits li").Length);
        Assert.Equal("/?topic=kv-cache&topic=networking", page.QuerySelector(".facets a[data-topic=networking]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SelectedYearOpensItsMonths()
    {
        var page = await client.GetPageAsync("/?year=2026");

        Assert.Contains("/?year=2026&month=4", page.Hrefs(".facets .months a"));
        Assert.Equal("/", page.QuerySelector(".facets a[aria-current=true]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task NotePageOffersUpToFiveRelatedNotes()
    {
        var page = await client.GetPageAsync("/notes/cxl-kv-transfer-nic-hop");

        var related = page.Hrefs(".related a");
        Assert.InRange(related.Length, 1, 5);
        Assert.All(related, href => Assert.StartsWith("/notes/", href));
    }
}
