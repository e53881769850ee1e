using System.Net;
using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Api;

/// <summary>Past the per-address limit: 429, Retry-After, problem+json. Loopback is exempt unless configured otherwise.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.TightLimitFactory factory) : IClassFixture<ApiRateLimitTests.TightLimitFactory>
{
    [Fact]
    public async Task PastTheBurstTheApiAnswers429WithRetryAfter()
    {
        var client = factory.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            responses.Add(await client.GetAsync("/api/topics"));
        var limited = responses.Last();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], responses.Take(3).Select(r => r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task ASiteOnTheSameFactoryWithLoopbackExemptIsNeverLimited()
    {
        await using var exempt = new ApiFactory();
        await exempt.InitializeAsync();
        var client = exempt.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 150; i++)
            statuses.Add((await client.GetAsync("/api/stats")).StatusCode);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    /// <summary>A bucket of 3 that refills one token a second, with the test server's (in-process) client not exempt.</summary>
    public sealed class TightLimitFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Api:RateLimit:ExemptLoopback"] = "false",
            ["Api:RateLimit:Burst"] = "3",
            ["Api:RateLimit:PermitsPerSecond"] = "1",
        };
    }
}
