using System.Net;
using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Api;

/// <summary>Every bad parameter is a 400 problem naming it; unknown things are 404 problems; nothing is a 500.</summary>
public sealed class ApiValidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=two", "page")]
    [InlineData("page=99999999999999", "page")]
    [InlineData("year=2026&month=0", "month")]
    [InlineData("year=2026&month=13", "month")]
    [InlineData("month=4", "month")]
    [InlineData("year=abc", "year")]
    [InlineData("year=0", "year")]
    [InlineData("from=2026-05-01&to=2026-04-01", "from")]
    [InlineData("from=2026-02-30", "from")]
    [InlineData("to=last+tuesday", "to")]
    [InlineData("sort=popular", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("page=1&page=2", "page")]
    public async Task BadSearchParameterIsA400ProblemNamingIt(string query, string parameter)
    {
        var response = await client.GetAsync("/api/search?" + query);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem["parameter"]?.GetValue<string>());
        Assert.Contains(parameter, problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task EveryBadParameterIsListedNotJustTheFirst()
    {
        var response = await client.GetAsync("/api/search?year=abc&pageSize=0&sort=popular&from=never");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["from", "pageSize", "sort", "year"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("year", problem["parameter"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("year=&month=&from=&to=&sort=&page=&pageSize=&q=")]
    [InlineData("year=2026&month=4&sort=OLDEST&page=1&pageSize=100")]
    [InlineData("from=2026-4-1&to=2026-04-30")]
    [InlineData("topic=KV+Cache&topic=&topic=hardware")]
    public async Task EmptyOrWellFormedParametersAreAccepted(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("max=0")]
    [InlineData("max=21")]
    [InlineData("max=lots")]
    public async Task BadSuggestMaxIsA400ProblemNamingIt(string query)
    {
        var response = await client.GetAsync("/api/suggest?q=kv&" + query);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("max", problem["parameter"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/notes/no-such-note")]
    [InlineData("/api/notes/%E2%9C%93")]
    [InlineData("/api/notes/..%2F..%2Fetc%2Fpasswd")]
    public async Task UnknownSlugIsA404ProblemNamingTheSlug(string url)
    {
        var response = await client.GetAsync(url);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("slug", problem["parameter"]?.GetValue<string>());
    }

    [Fact]
    public async Task AVeryLongSlugIsA404NotAnError()
    {
        var response = await client.GetAsync("/api/notes/" + new string('x', 5000));

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/notes")]
    public async Task UnknownApiPathIsA404Problem(string url)
    {
        var response = await client.GetAsync(url);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethodIsA405Problem()
    {
        var response = await client.PostAsync("/api/search", new StringContent("{}"));

        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task ProblemsEchoBadValuesOnlyBriefly()
    {
        var response = await client.GetAsync("/api/search?year=" + new string('9', 500) + "x");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.ToJsonString().Length < 1000, problem.ToJsonString());
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        return problem;
    }
}
