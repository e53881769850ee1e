using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using NotesSearch.Core.Tests.Searching;
using NotesSearch.Web.Tests.Api;

namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// Issue 16 §3 and §4 through the site: hostile query text and dates at the ends of the calendar, on the search
/// page, the feed, the search API and completions. Each answers normally (never a 5xx), and says what it cut.
/// </summary>
public sealed class BoundedAnswerTests(ApiFactory site) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = site.CreateClient();

    public static TheoryData<string> Kinds() => [.. HostileQueries.All().Select(q => q.Kind)];

    private static string Hostile(string kind) => HostileQueries.All().Single(q => q.Kind == kind).Query;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task HostileQueriesAreAnsweredOnEveryRouteThatSearches(string kind)
    {
        var q = Uri.EscapeDataString(Hostile(kind));

        using var api = await client.GetAsync("/api/search?q=" + q);
        using var page = await client.GetAsync("/?q=" + q);
        using var feed = await client.GetAsync("/feed.xml?q=" + q);
        using var suggest = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(Hostile(kind)[..Math.Min(200, Hostile(kind).Length)]));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        Assert.NotNull(XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root);
    }

    [Fact]
    public async Task AQueryCutAtTheWordLimitSaysSoInTheApiAndOnThePage()
    {
        var q = Uri.EscapeDataString(Hostile("cjk-800"));

        var json = JsonNode.Parse(await client.GetStringAsync("/api/search?q=" + q))!;
        var page = await client.GetStringAsync("/?q=" + q);

        Assert.Contains(json["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("only the first 64 were searched", StringComparison.Ordinal));
        Assert.Contains("only the first 64 words", json["interpreted"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("only the first 64 were searched", page, StringComparison.Ordinal);
    }

    public static TheoryData<string> CalendarEdges() =>
    [
        "q=before:0001", "q=before:0001-01", "q=before:0001-01-01", "q=kv+before:0001-01-01", "q=after:9999-12-31",
        "q=after:9999", "q=before:9999-12-31", "from=0001-01-01", "to=0001-01-01", "from=9999-12-31", "to=9999-12-31",
        "from=0001-01-01&to=9999-12-31", "q=cache&from=9999-12-31&to=9999-12-31", "q=before:0001&from=0001-01-01&to=0001-01-01",
    ];

    [Theory]
    [MemberData(nameof(CalendarEdges))]
    public async Task DatesAtTheEndsOfTheCalendarAreAnsweredNormally(string parameters)
    {
        using var api = await client.GetAsync("/api/search?" + parameters);
        using var page = await client.GetAsync("/?" + parameters);
        using var feed = await client.GetAsync("/feed.xml?" + parameters);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }

    [Fact]
    public async Task BeforeTheFirstDayOfTheCalendarFindsNothingAndToTheLastFindsEverything()
    {
        var none = JsonNode.Parse(await client.GetStringAsync("/api/search?q=before:0001"))!;
        var all = JsonNode.Parse(await client.GetStringAsync("/api/search?from=0001-01-01&to=9999-12-31"))!;
        var every = JsonNode.Parse(await client.GetStringAsync("/api/search"))!;

        Assert.Equal(0, none["total"]!.GetValue<int>());
        Assert.Equal(every["total"]!.GetValue<int>(), all["total"]!.GetValue<int>());
    }
}
