using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The section facet and slugs with folders, on the site, the feed and the API.</summary>
public sealed class SectionPageTests(SectionedSiteFactory site) : IClassFixture<SectionedSiteFactory>
{
    private readonly HttpClient client = site.CreateClient(new() { AllowAutoRedirect = false });

    private static (string Label, string Count, string Href, bool Selected)[] Facet(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#facet-sections + ul a.facet")
            .Select(a => (a.QuerySelector(".facet-label")!.TextContent, a.QuerySelector(".count")!.TextContent, a.GetAttribute("href")!,
                a.GetAttribute("aria-current") == "true"))
            .ToArray();

    [Fact]
    public async Task TheSearchPageShowsASectionBlockWithCountsAndLinks()
    {
        var page = await client.GetPageAsync("/?q=zanzibar");

        Assert.Equal([("news", "2", "/?q=zanzibar&section=news", false), ("release", "1", "/?q=zanzibar&section=release", false)], Facet(page));
        var hit = page.QuerySelectorAll("li.hit").Single(h => h.QuerySelector("h3")!.TextContent == "Version one");
        Assert.Equal("/?section=release", hit.QuerySelector("a.tag.section")?.GetAttribute("href"));
    }

    [Fact]
    public async Task OneSectionHoldingEveryHitGetsNoBlockUnlessSelected()
    {
        var release = await client.GetPageAsync("/?q=version");
        var selected = await client.GetPageAsync("/?q=version&section=release");

        Assert.Equal(["Version one"], release.Texts("ol.hits h3"));
        Assert.Null(release.QuerySelector("#facet-sections"));
        Assert.Equal([("release", "1", "/?q=version", true)], Facet(selected));
    }

    [Fact]
    public async Task ASelectedSectionFiltersKeepsTheOthersCountsAndIsARemovableChip()
    {
        var page = await client.GetPageAsync("/?q=zanzibar&section=news");

        Assert.Equal(["Berlin meetup", "Launch day"], page.Texts("ol.hits h3").Order());
        Assert.Equal([("news", "2", "/?q=zanzibar", true), ("release", "1", "/?q=zanzibar&section=news&section=release", false)], Facet(page));
        var chip = Assert.Single(page.QuerySelectorAll(".chips a.chip"));
        Assert.StartsWith("Section: news", chip.TextContent);
        Assert.Equal("/?q=zanzibar", chip.GetAttribute("href"));
        // Typing a new search in the box keeps the section (no script needed).
        Assert.Equal(["news"], page.QuerySelectorAll("#search-form input[type=hidden][name=section]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task SeveralSectionsAreOredAndAndedWithTopics()
    {
        var both = await client.GetPageAsync("/?q=zanzibar&section=news&section=release");
        var withTopic = await client.GetPageAsync("/?q=zanzibar&section=release&section=news&topic=community");

        Assert.Equal(["Berlin meetup", "Launch day", "Version one"], both.Texts("ol.hits h3").Order());
        Assert.Equal(["Berlin meetup", "Launch day"], withTopic.Texts("ol.hits h3").Order());
    }

    [Fact]
    public async Task ANoteWhoseSlugKeepsItsFolderHasItsOwnPageBesideTheSameNameInTheRoot()
    {
        var search = await client.GetPageAsync("/?q=meetup");
        var nested = await client.GetPageAsync("/notes/news/meetup");
        var root = await client.GetPageAsync("/notes/meetup");
        using var upper = await client.GetAsync("/notes/News/Meetup");

        Assert.Contains("/notes/news/meetup", search.Hrefs("ol.hits h3 a"));
        Assert.Contains("/notes/meetup", search.Hrefs("ol.hits h3 a"));
        Assert.Equal("Berlin meetup", nested.QuerySelector("h1#note-title")?.TextContent);
        Assert.Equal("/?section=news", nested.QuerySelector(".note-header a.tag.section")?.GetAttribute("href"));
        Assert.Equal("Meetup checklist", root.QuerySelector("h1#note-title")?.TextContent);
        Assert.Null(root.QuerySelector("a.tag.section"));
        Assert.Equal(HttpStatusCode.MovedPermanently, upper.StatusCode);
        Assert.Equal("/notes/news/meetup", upper.Headers.Location?.OriginalString);
        await client.GetPageAsync("/notes/news/no-such-note", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheFeedOfASectionHoldsItsNotesLinkedWithTheirSlashes()
    {
        using var response = await client.GetAsync("/feed.xml?section=news");
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(["Berlin meetup", "Launch day"], feed.Items.Select(i => i.Title.Text).Order());
        Assert.Contains("http://localhost/notes/news/meetup", feed.Items.Select(i => i.Id));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "http://localhost/feed.xml?section=news");
        Assert.Equal("Notes: section news", feed.Title.Text);
    }

    [Fact]
    public async Task TheApiFiltersAndCountsSectionsAndServesSlugsWithFolders()
    {
        var results = JsonNode.Parse(await client.GetStringAsync("/api/search?q=zanzibar&section=release"))!;
        var note = JsonNode.Parse(await client.GetStringAsync("/api/notes/news/meetup"))!;

        Assert.Equal(1, results["total"]!.GetValue<int>());
        Assert.Equal("""[{"key":"news","label":"news","count":2,"selected":false},{"key":"release","label":"release","count":1,"selected":true}]""",
            results["facets"]!["sections"]!.ToJsonString());
        Assert.Equal("""{"key":"release","label":"release"}""", results["hits"]![0]!["section"]!.ToJsonString());
        Assert.Equal(("news/meetup", "/notes/news/meetup"), (note["slug"]!.GetValue<string>(), note["url"]!.GetValue<string>()));
        Assert.Equal("""{"key":"news","label":"news"}""", note["section"]!.ToJsonString());
    }

    [Fact]
    public async Task AnUnknownNoteWithFoldersIsAProblem404()
    {
        using var response = await client.GetAsync("/api/notes/news/no-such-note");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/notes/")]
    [InlineData("/notes")]
    [InlineData("/notes/news/")]
    [InlineData("/notes/news//meetup")]
    [InlineData("/notes/news%2Fmeetup/x")]
    [InlineData("/notes/../notes/news/x")]
    public async Task AnyOtherPathUnderNotesIsA404Page(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/notes/")]
    [InlineData("/api/notes")]
    [InlineData("/api/notes/news/")]
    [InlineData("/api/notes/news//meetup")]
    public async Task AnyOtherPathUnderApiNotesIsAProblem404(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("section=%21%21")]
    [InlineData("section=news&section=---")]
    public async Task ASectionWithNoLetterOrDigitIsA400NamingIt(string query)
    {
        using var response = await client.GetAsync("/api/search?" + query);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("section", problem["parameter"]?.GetValue<string>());
    }

    [Fact]
    public async Task TooManySectionsAreA400InTheApiAndCutWithANoticeOnTheSite()
    {
        var many = string.Join("&", Enumerable.Range(0, 21).Select(i => $"section=s{i}"));

        using var api = await client.GetAsync("/api/search?" + many);
        var page = await client.GetPageAsync("/?" + many);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Only the first 20 sections were used.", page.Texts(".notice li"));
    }
}

/// <summary>The author's own content is flat: no note has a section, and the page shows no section block.</summary>
public sealed class FlatSiteSectionTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    [Fact]
    public async Task FlatContentShowsNoSectionBlock()
    {
        var page = await site.CreateClient().GetPageAsync("/");
        var json = JsonNode.Parse(await site.CreateClient().GetStringAsync("/api/search"))!;

        Assert.NotNull(page.QuerySelector("#facet-topics"));
        Assert.Null(page.QuerySelector("#facet-sections"));
        Assert.Equal("[]", json["facets"]!["sections"]!.ToJsonString());
    }
}
