using System.Net;
using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Site;

/// <summary>Issue 12 §1, §2 and §5 as the site and the API show them: search as you type, the header box, and "showing results for".</summary>
public sealed class TypingAndCorrectionTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("disag")]
    [InlineData("disaggre")]
    public async Task WhileTypingTheLastWordIsAPrefix(string typed)
    {
        var typing = JsonNode.Parse(await client.GetStringAsync($"/api/search?q={typed}&prefixLast=true"))!;
        var submitted = JsonNode.Parse(await client.GetStringAsync($"/api/search?q={typed}&exact=true"))!;

        Assert.Equal(3, typing["total"]!.GetValue<int>());
        Assert.Contains("as you type", typing["interpreted"]!.GetValue<string>());
        Assert.Equal(0, submitted["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task KvCaWhileTypingFindsNotesWithBothWordsWithoutRelaxing()
    {
        var typing = JsonNode.Parse(await client.GetStringAsync("/api/search?q=kv+ca&prefixLast=true"))!;

        Assert.False(typing["relaxed"]!.GetValue<bool>());
        Assert.True(typing["total"]!.GetValue<int>() > 0);
        Assert.All(typing["hits"]!.AsArray(), hit => Assert.Contains("<mark>", hit!["snippet"]!.GetValue<string>() + hit["titleHtml"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ThePageReadsPrefixLastAsTheScriptSendsIt()
    {
        var page = await client.GetPageAsync("/?q=disag&prefixLast=true");

        Assert.Equal(3, page.QuerySelectorAll("ol.hits li.hit").Length);
    }

    [Theory]
    [InlineData("prefixLast=maybe", "prefixLast")]
    [InlineData("exact=2", "exact")]
    public async Task ABadFlagIsA400NamingIt(string query, string parameter)
    {
        var response = await client.GetAsync("/api/search?q=gpu&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnApiAnswerForACorrectionSaysWhatWasTyped()
    {
        var corrected = JsonNode.Parse(await client.GetStringAsync("/api/search?q=disagregation"))!;
        var exact = JsonNode.Parse(await client.GetStringAsync("/api/search?q=disagregation&exact=true"))!;
        var plain = JsonNode.Parse(await client.GetStringAsync("/api/search?q=disaggregation"))!;

        Assert.Equal("disagregation", corrected["correctedFrom"]?.GetValue<string>());
        Assert.Equal("disaggregation", corrected["didYouMean"]?.GetValue<string>());
        Assert.True(corrected["total"]!.GetValue<int>() > 0);
        Assert.Null(exact["correctedFrom"]);
        Assert.Equal(0, exact["total"]!.GetValue<int>());
        Assert.Equal("disaggregation", exact["didYouMean"]?.GetValue<string>());
        Assert.Null(plain["correctedFrom"]);
    }

    [Fact]
    public async Task APageForACorrectionSaysShowingResultsForAndLinksTheExactWords()
    {
        var page = await client.GetPageAsync("/?q=disagregation");

        var line = page.QuerySelector(".did-you-mean.corrected");
        Assert.NotNull(line);
        Assert.Equal("Showing results for disaggregation · search instead for disagregation", string.Join(' ', line.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("for “disaggregation”", page.QuerySelector("#result-count")!.TextContent);
        var instead = line.QuerySelectorAll("a")[1].GetAttribute("href")!;
        Assert.Equal("/?q=disagregation&exact=true", instead);

        var exact = await client.GetPageAsync(instead);
        Assert.Null(exact.QuerySelector(".did-you-mean.corrected"));
        Assert.Empty(exact.QuerySelectorAll("ol.hits li.hit"));
        Assert.Equal("disagregation", exact.QuerySelector("input#q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesPrefixLastExactAndCorrectedFrom()
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var parameters = document["paths"]!["/api/search"]!["get"]!["parameters"]!.AsArray();
        var prefixLast = parameters.Single(p => p!["name"]!.GetValue<string>() == "prefixLast")!;
        Assert.Equal("boolean", prefixLast["schema"]!["type"]!.GetValue<string>());
        Assert.Contains("last word", prefixLast["description"]!.GetValue<string>());
        Assert.Contains(parameters, p => p!["name"]!.GetValue<string>() == "exact");
        Assert.Contains("correctedFrom", document["components"]!["schemas"]!["SearchResults"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("/notes/turboquant-kv-cache")]
    [InlineData("/topics")]
    [InlineData("/archive")]
    [InlineData("/about")]
    public async Task TheHeaderBoxOnEveryPageIsACompletingCombobox(string url)
    {
        var page = await client.GetPageAsync(url);

        var box = page.QuerySelector("form#header-search input#header-q");
        Assert.NotNull(box);
        Assert.Equal("combobox", box.GetAttribute("role"));
        Assert.Equal("header-suggestions", box.GetAttribute("aria-controls"));
        Assert.NotNull(page.QuerySelector("ul#header-suggestions[role=listbox]"));
    }
}
