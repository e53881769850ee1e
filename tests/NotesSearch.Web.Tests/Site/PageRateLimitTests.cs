using System.Net;
using NotesSearch.Web.Tests.Api;

namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// Issue 16 §5: every route that runs a search is rate-limited. The pages (<c>/</c>, <c>/feed.xml</c>,
/// <c>/notes/{slug}</c>) share one bucket per client, apart from the API's; past it they answer 429 with
/// Retry-After and the site's error page.
/// </summary>
public sealed class PageRateLimitTests(PageRateLimitTests.TightPagesFactory site) : IClassFixture<PageRateLimitTests.TightPagesFactory>
{
    [Fact]
    public async Task PastTheBurstEveryPageThatSearchesAnswers429WithRetryAfterWhileTheApiAndFilesStillAnswer()
    {
        var client = site.CreateClient();

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            first.Add((await client.GetAsync("/?q=cache")).StatusCode);
        using var page = await client.GetAsync("/?q=cache");
        using var feed = await client.GetAsync("/feed.xml?q=cache");
        using var note = await client.GetAsync("/notes/turboquant-kv-cache");
        using var api = await client.GetAsync("/api/stats");
        using var file = await client.GetAsync("/css/site.css");

        Assert.All(first, status => Assert.Equal(HttpStatusCode.OK, status));
        foreach (var limited in new[] { page, feed, note })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        }
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    /// <summary>Pages: a bucket of 3 that refills one token a second, the test server's client not exempt. The API keeps its defaults.</summary>
    public sealed class TightPagesFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Pages:RateLimit:ExemptLoopback"] = "false",
            ["Pages:RateLimit:Burst"] = "3",
            ["Pages:RateLimit:PermitsPerSecond"] = "1",
        };
    }
}
