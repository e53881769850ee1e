using System.Text.Json.Nodes;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Tests.Api;

namespace NotesSearch.Web.Tests.Site;

/// <summary>Issue 14 §1 on the site and the API: a date phrase in the query is a removable chip and a <c>dates</c> field.</summary>
public sealed class DatePhrasePageTests(ApiFactory site) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ADatePhraseIsARemovableChipLinkingToTheSameWordsWithoutIt()
    {
        using var client = site.CreateClient();

        var page = await client.GetPageAsync("/?q=kv+cache+in+april+2026");

        var chip = Assert.Single(page.QuerySelectorAll("a.chip"), a => a.TextContent.Contains("Dates:", StringComparison.Ordinal));
        Assert.StartsWith("Dates: in april 2026 (dated 2026-04-01 to 2026-04-30)", chip.TextContent.Trim());
        Assert.Equal("/?q=kv%20cache", chip.GetAttribute("href"));
        Assert.Equal(["/?q=kv%20cache"], page.Hrefs("a.clear"));
        var days = page.QuerySelectorAll(".results time").Select(t => t.GetAttribute("datetime")!).ToArray();
        Assert.NotEmpty(days);
        Assert.All(days, day => Assert.StartsWith("2026-04-", day));
    }

    [Fact]
    public async Task FollowingTheChipSearchesTheWordsAtAnyDate()
    {
        using var client = site.CreateClient();

        var page = await client.GetPageAsync("/?q=kv%20cache");

        Assert.DoesNotContain(page.QuerySelectorAll("a.chip"), a => a.TextContent.Contains("Dates:", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".results time"), t => !t.GetAttribute("datetime")!.StartsWith("2026-04-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWordThatOnlyLooksLikeADateMakesNoChip()
    {
        using var client = site.CreateClient();

        var page = await client.GetPageAsync("/?q=the+model+may+fail");

        Assert.DoesNotContain(page.QuerySelectorAll("a.chip"), a => a.TextContent.Contains("Dates:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApiAnswerCarriesTheUnderstoodDates()
    {
        using var client = site.CreateClient();

        var json = JsonNode.Parse(await client.GetStringAsync("/api/search?q=kv+cache+in+april+2026"))!;
        var none = JsonNode.Parse(await client.GetStringAsync("/api/search?q=kv+cache"))!;

        Assert.Equal("2026-04-01", (string?)json["dates"]!["from"]);
        Assert.Equal("2026-04-30", (string?)json["dates"]!["to"]);
        Assert.Equal("kv cache", (string?)json["dates"]!["queryWithout"]);
        Assert.Equal("in april 2026", (string?)json["dates"]!["phrases"]![0]);
        Assert.EndsWith(", dated 2026-04-01 to 2026-04-30", (string?)json["interpreted"]);
        Assert.Null(none["dates"]);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheDatesField()
    {
        using var client = site.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var search = document["paths"]!["/api/search"]!["get"]!;
        Assert.Contains("`dates`", (string?)search["description"]);
        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.Contains(schemas, s => s.Value!["properties"]?["queryWithout"] is not null);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("not a zone")]
    public void AnUnknownTimeZoneIsAClearStartupError(string zone)
    {
        var error = Assert.Throws<NotesConfigurationException>(() => new NotesOptions { TimeZone = zone }.ResolveTimeZone());

        Assert.Contains($"Notes:TimeZone \"{zone}\" is not a time zone", error.Message);
    }

    [Fact]
    public void TheTimeZoneIsUtcUnlessAnIanaIdIsGiven()
    {
        Assert.Equal(TimeZoneInfo.Utc, new NotesOptions().ResolveTimeZone());
        Assert.Equal("Europe/Berlin", new NotesOptions { TimeZone = "Europe/Berlin" }.ResolveTimeZone().Id);
    }
}
