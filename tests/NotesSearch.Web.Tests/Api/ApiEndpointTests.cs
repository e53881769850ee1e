using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Tests.Api;

/// <summary>What each endpoint answers, checked against the searcher the CLI and the site use (one contract).</summary>
public sealed class ApiEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private NoteSearcher Searcher => factory.Services.GetRequiredService<NoteSearcher>();

    [Theory]
    [InlineData("q=kv+cache", "kv cache", null, null)]
    [InlineData("q=gpu&sort=oldest&pageSize=3&page=2", "gpu", SearchSort.Oldest, 2)]
    [InlineData("", "", null, null)]
    public async Task SearchAnswersWhatTheCliPrints(string query, string words, SearchSort? sort, int? page)
    {
        var request = new SearchRequest { Query = words, Sort = sort, Page = page ?? 1, PageSize = query.Contains("pageSize=3") ? 3 : 10 };
        var expected = JsonNode.Parse(JsonSerializer.Serialize(Searcher.Search(request), NotesJson.Options))!.AsObject();

        var actual = JsonNode.Parse(await client.GetStringAsync("/api/search?" + query))!.AsObject();

        // tookMs is the one field that differs between two runs of the same search.
        expected.Remove("tookMs");
        actual.Remove("tookMs");
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public async Task TopicsListEveryTopicMostNotesFirst()
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/topics"))!;
        var counts = body["topics"]!.AsArray().Select(t => t!["count"]!.GetValue<int>()).ToArray();

        Assert.Equal(Searcher.Statistics().Topics, body["total"]!.GetValue<int>());
        Assert.Equal(counts.Length, body["total"]!.GetValue<int>());
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Contains(body["topics"]!.AsArray(), t => t!["key"]!.GetValue<string>() == "kv-cache" && t["label"]!.GetValue<string>() == "KV cache");
    }

    [Fact]
    public async Task TopicCountsMatchATopicSearch()
    {
        var topic = JsonNode.Parse(await client.GetStringAsync("/api/topics"))!["topics"]![0]!;

        var search = JsonNode.Parse(await client.GetStringAsync(topic["search"]!.GetValue<string>()))!;

        Assert.Equal(topic["count"]!.GetValue<int>(), search["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task StatsAreTheIndexStatistics()
    {
        var expected = JsonSerializer.Serialize(Searcher.Statistics(), NotesJson.Options);

        var actual = await client.GetStringAsync("/api/stats");

        Assert.Equal(expected, actual);
        Assert.Equal(32, JsonNode.Parse(actual)!["notes"]!.GetValue<int>());
    }

    [Fact]
    public async Task ANoteComesWithHtmlTextAndNeighbours()
    {
        var note = JsonNode.Parse(await client.GetStringAsync("/api/notes/turboquant-kv-cache"))!;

        Assert.Equal(
            ("turboquant-kv-cache", "2026-03-22", "/notes/turboquant-kv-cache", true, true, true),
            (note["slug"]!.GetValue<string>(), note["date"]!.GetValue<string>(), note["url"]!.GetValue<string>(),
             note["html"]!.GetValue<string>().Contains("<p id=\"p-"), note["text"]!.GetValue<string>().Contains("TurboQuant"),
             note["previous"] is not null && note["next"] is not null));
    }

    [Fact]
    public async Task ANoteListsRelatedNotesWithWhy()
    {
        var note = JsonNode.Parse(await client.GetStringAsync("/api/notes/turboquant-kv-cache"))!;
        var related = note["related"]!.AsArray();

        Assert.NotEmpty(related);
        Assert.DoesNotContain(related, r => r!["slug"]!.GetValue<string>() == "turboquant-kv-cache");
        Assert.All(related, r => Assert.False(string.IsNullOrWhiteSpace(r!["reason"]!.GetValue<string>())));
    }

    [Fact]
    public async Task SuggestOffersTopicsAndTitleWordsForWhatIsTyped()
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/suggest?q=kv+ca"))!;
        var suggestions = body["suggestions"]!.AsArray();

        Assert.Equal("kv ca", body["query"]!.GetValue<string>());
        Assert.Contains(suggestions, s => s!["kind"]!.GetValue<string>() == "topic" && s["topicKey"]!.GetValue<string>() == "kv-cache");
        Assert.Contains(suggestions, s => s!["kind"]!.GetValue<string>() == "word" && s["text"]!.GetValue<string>().StartsWith("kv ca", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=+++")]
    public async Task SuggestForNothingTypedIsEmpty(string query)
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/suggest?" + query))!;

        Assert.Empty(body["suggestions"]!.AsArray());
    }

    [Fact]
    public async Task SuggestHonoursMax()
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/suggest?q=s&max=2"))!;

        Assert.True(body["suggestions"]!.AsArray().Count <= 2);
    }

    [Fact]
    public async Task TheReferencePageDocumentsEveryEndpointWithoutScript()
    {
        var response = await client.GetAsync("/api");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Only the site's own script file (the header's search box), nothing inline, nothing from elsewhere.
        Assert.All(page.QuerySelectorAll("script"), script => Assert.StartsWith("/js/site.js", script.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Equal(
            ["/api/search", "/api/notes/{slug}", "/api/suggest", "/api/topics", "/api/topics/{key}", "/api/on-this-day", "/api/stats"],
            page.QuerySelectorAll("h2 code").Select(c => c.TextContent));
        Assert.NotNull(page.QuerySelector("a[href='/openapi/v1.json']"));
    }
}
