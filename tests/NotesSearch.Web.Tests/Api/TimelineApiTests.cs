using System.Net;
using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Api;

public sealed class TimelineApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ATopicsTimelineHasItsMonthsCoTopicsAndNotes()
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/topics/kv-cache"))!;

        Assert.Equal(4, body["count"]!.GetValue<int>());
        Assert.Equal("[{\"year\":2026,\"month\":3,\"count\":1},{\"year\":2026,\"month\":4,\"count\":2},{\"year\":2026,\"month\":5,\"count\":1}]", body["months"]!.ToJsonString());
        Assert.Equal("inference-serving", body["coTopics"]![0]!["key"]!.GetValue<string>());
        Assert.Equal("/notes/turboquant-kv-cache", body["first"]!["url"]!.GetValue<string>());
        Assert.Equal("ppd-multi-turn-disaggregation", body["notes"]![0]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownTopicIsA404Problem()
    {
        using var response = await client.GetAsync("/api/topics/no-such-topic");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("key", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnThisDayFindsTheWeekAroundTheDayInEarlierYears()
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/on-this-day?date=2026-04-29"))!;

        Assert.Equal("2026-04-29", body["date"]!.GetValue<string>());
        Assert.Equal("[{\"slug\":\"self-managed-airflow-cost\",\"yearsAgo\":1,\"daysOff\":-1}]",
            new JsonArray(body["notes"]!.AsArray().Select(n => (JsonNode)new JsonObject
            {
                ["slug"] = n!["slug"]!.GetValue<string>(),
                ["yearsAgo"] = n["yearsAgo"]!.GetValue<int>(),
                ["daysOff"] = n["daysOff"]!.GetValue<int>(),
            }).ToArray()).ToJsonString());
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-4-28")]
    [InlineData("yesterday")]
    [InlineData("2026-04-28&date=2026-04-29")]
    public async Task ABadDateIsA400ProblemNamingIt(string date)
    {
        using var response = await client.GetAsync("/api/on-this-day?date=" + date);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("date", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchHitsCarryTheirParagraphLink()
    {
        var hit = JsonNode.Parse(await client.GetStringAsync("/api/search?q=cxl+memory"))!["hits"]![0]!;

        Assert.StartsWith("/notes/cxl-kv-transfer-nic-hop?q=cxl%20memory#p-", hit["matchUrl"]!.GetValue<string>());
        Assert.StartsWith("p-", hit["anchor"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheNewEndpointsAndFields()
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        Assert.NotNull(document["paths"]!["/api/topics/{key}"]!["get"]!["responses"]!["404"]);
        Assert.NotNull(document["paths"]!["/api/on-this-day"]!["get"]!["responses"]!["400"]);
        var hit = document["components"]!["schemas"]!["SearchHit"]!["properties"]!;
        Assert.NotNull(hit["anchor"]);
        Assert.NotNull(hit["matchUrl"]);
    }
}
