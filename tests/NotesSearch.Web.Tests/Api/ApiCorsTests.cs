using System.Net;

namespace NotesSearch.Web.Tests.Api;

/// <summary>Any origin may GET by default; a configured list narrows it; preflight works.</summary>
public sealed class ApiCorsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ASimpleGetFromAnyOriginIsAllowed()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=gpu");
        request.Headers.Add("Origin", "https://somewhere.example");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task APreflightForAGetWithIfNoneMatchIsAllowed()
    {
        var response = await client.SendAsync(Preflight("https://somewhere.example"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("If-None-Match", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOpenApiDocumentIsReadableCrossOrigin()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Add("Origin", "https://somewhere.example");

        var response = await client.SendAsync(request);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AConfiguredOriginListAllowsOnlyThoseOrigins()
    {
        await using var narrow = new NarrowCorsFactory();
        await narrow.InitializeAsync();
        var narrowClient = narrow.CreateClient();

        var allowed = await narrowClient.SendAsync(Preflight("https://reader.example"));
        var other = await narrowClient.SendAsync(Preflight("https://elsewhere.example"));

        Assert.Equal("https://reader.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Equal("", Header(other, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=gpu");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private sealed class NarrowCorsFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Api:CorsOrigins:0"] = "https://reader.example",
            ["Api:CorsOrigins:1"] = "https://writer.example/",
        };
    }
}
