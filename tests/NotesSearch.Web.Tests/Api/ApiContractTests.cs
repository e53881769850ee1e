using System.Net;
using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Api;

/// <summary>Live responses checked against the schemas the OpenAPI document publishes, not just their status codes.</summary>
public sealed class ApiContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search", "/api/search?q=kv+cache")]
    [InlineData("/api/search", "/api/search")]
    [InlineData("/api/search", "/api/search?q=gpu&topic=hardware&topic=kv-cache&year=2026&month=4&sort=oldest&page=1&pageSize=3")]
    [InlineData("/api/search", "/api/search?q=%22nothing+at+all+matches+this%22")]
    [InlineData("/api/search", "/api/search?from=2026-04-01&to=2026-04-30&sort=newest")]
    [InlineData("/api/notes/{slug}", "/api/notes/turboquant-kv-cache")]
    [InlineData("/api/suggest", "/api/suggest?q=kv+ca")]
    [InlineData("/api/suggest", "/api/suggest?q=")]
    [InlineData("/api/topics", "/api/topics")]
    [InlineData("/api/stats", "/api/stats")]
    public async Task SuccessfulResponsesMatchTheirPublishedSchema(string path, string url)
    {
        var contract = await OpenApiContract.FetchAsync(client);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        OpenApiContract.AssertValid(contract.Schema(path, "200"), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/search", "400", "/api/search?pageSize=0")]
    [InlineData("/api/search", "400", "/api/search?year=abc&month=13&from=yesterday")]
    [InlineData("/api/suggest", "400", "/api/suggest?q=kv&max=500")]
    [InlineData("/api/notes/{slug}", "404", "/api/notes/no-such-note")]
    public async Task ErrorResponsesMatchTheirPublishedProblemSchema(string path, string status, string url)
    {
        var contract = await OpenApiContract.FetchAsync(client);

        var response = await client.GetAsync(url);

        Assert.Equal(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        OpenApiContract.AssertValid(contract.Schema(path, status, "application/problem+json"), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"notes":"32"}""")]
    [InlineData("""{"notes":32,"topics":14,"newest":"25/05/2026","oldest":null,"generation":1,"lastIndexed":null,"formatVersion":"1","sizeBytes":1}""")]
    [InlineData("""{"notes":32,"topics":14,"newest":"2026-05-25","oldest":null,"generation":1,"lastIndexed":null,"formatVersion":"1"}""")]
    public async Task TheContractCheckRejectsAWrongShape(string json)
    {
        var contract = await OpenApiContract.FetchAsync(client);

        var check = () => OpenApiContract.AssertValid(contract.Schema("/api/stats", "200"), json);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(check);
    }

    [Fact]
    public async Task TheDocumentDescribesExactlyTheApiEndpoints()
    {
        var contract = await OpenApiContract.FetchAsync(client);

        var paths = contract.Document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(["/api/notes/{slug}", "/api/on-this-day", "/api/search", "/api/stats", "/api/suggest", "/api/topics", "/api/topics/{key}"], paths);
    }

    [Theory]
    [InlineData("/api/search", "200 304 400 429 500 503")]
    [InlineData("/api/notes/{slug}", "200 304 404 429 500 503")]
    [InlineData("/api/suggest", "200 304 400 429 500 503")]
    [InlineData("/api/topics", "200 304 429 500 503")]
    [InlineData("/api/stats", "200 304 429 500 503")]
    [InlineData("/api/topics/{key}", "200 304 404 429 500 503")]
    public async Task EveryOperationDocumentsItsResponsesWithExamples(string path, string statuses)
    {
        var contract = await OpenApiContract.FetchAsync(client);
        var operation = contract.Operation(path);

        var responses = operation["responses"]!.AsObject();

        Assert.Equal(statuses, string.Join(' ', responses.Select(r => r.Key).Order(StringComparer.Ordinal)));
        Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()));
        Assert.NotNull(responses["200"]!["headers"]?["ETag"]);
        Assert.NotNull(responses["429"]!["headers"]?["Retry-After"]);
        Assert.Contains(operation["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-None-Match" && p["in"]!.GetValue<string>() == "header");
        foreach (var (status, response) in responses.Where(r => r.Key != "304"))
        {
            var media = response!["content"]!.AsObject().Single();
            Assert.True(media.Value?["example"] is not null, $"{path} {status} has no example");
        }
    }

    [Theory]
    [InlineData("/api/search", "200", "application/json")]
    [InlineData("/api/notes/{slug}", "200", "application/json")]
    [InlineData("/api/suggest", "200", "application/json")]
    [InlineData("/api/topics", "200", "application/json")]
    [InlineData("/api/stats", "200", "application/json")]
    [InlineData("/api/search", "400", "application/problem+json")]
    [InlineData("/api/notes/{slug}", "404", "application/problem+json")]
    [InlineData("/api/stats", "429", "application/problem+json")]
    [InlineData("/api/stats", "500", "application/problem+json")]
    [InlineData("/api/search", "503", "application/problem+json")]
    [InlineData("/api/topics/{key}", "200", "application/json")]
    [InlineData("/api/topics/{key}", "404", "application/problem+json")]
    [InlineData("/api/on-this-day", "200", "application/json")]
    [InlineData("/api/on-this-day", "400", "application/problem+json")]
    public async Task EveryExampleMatchesItsOwnSchema(string path, string status, string mediaType)
    {
        var contract = await OpenApiContract.FetchAsync(client);

        var example = contract.MediaType(path, status, mediaType)!["example"]!;

        OpenApiContract.AssertValid(contract.Schema(path, status, mediaType), example.ToJsonString());
    }

    [Fact]
    public async Task SearchParametersAreDocumentedWithTheirRanges()
    {
        var contract = await OpenApiContract.FetchAsync(client);

        var parameters = contract.Operation("/api/search")["parameters"]!.AsArray()
            .Select(p => p!.AsObject())
            .Where(p => p["in"]!.GetValue<string>() == "query")
            .ToDictionary(p => p["name"]!.GetValue<string>());

        Assert.Equal(["q", "topic", "section", "year", "month", "from", "to", "sort", "page", "pageSize", "prefixLast", "exact"], parameters.Keys);
        Assert.Equal("100", parameters["pageSize"]["schema"]!["maximum"]!.ToJsonString());
        Assert.Equal("""["relevance","newest","oldest"]""", parameters["sort"]["schema"]!["enum"]!.ToJsonString());
        Assert.Equal("array", parameters["topic"]["schema"]!["type"]!.GetValue<string>());
        Assert.Equal("array", parameters["section"]["schema"]!["type"]!.GetValue<string>());
        Assert.All(parameters.Values, p => Assert.NotNull(p["example"]));
    }

    [Fact]
    public async Task ResponseRecordsPromiseEveryPropertyIsPresent()
    {
        var contract = await OpenApiContract.FetchAsync(client);
        var schemas = contract.Document["components"]!["schemas"]!.AsObject();

        var incomplete = schemas
            .Where(s => s.Key is "SearchResults" or "SearchHit" or "NotePage" or "IndexStatistics" or "TopicsResponse" or "SuggestResponse")
            .Where(s => s.Value!["properties"]!.AsObject().Count != (s.Value["required"] as JsonArray)?.Count)
            .Select(s => s.Key);

        Assert.Empty(incomplete);
    }
}
