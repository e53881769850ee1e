using System.Net;
using System.Net.Http.Headers;

namespace NotesSearch.Web.Tests.Api;

/// <summary>ETags tied to the index version and the request; 304 for a current tag; Cache-Control public with a max-age.</summary>
public sealed class ApiCachingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search?q=kv+cache")]
    [InlineData("/api/notes/turboquant-kv-cache")]
    [InlineData("/api/suggest?q=kv")]
    [InlineData("/api/topics")]
    [InlineData("/api/stats")]
    public async Task ACurrentTagIsAnswered304WithNoBody(string url)
    {
        var first = await client.GetAsync(url);
        var tag = first.Headers.ETag;

        var second = await GetAsync(url, tag!);

        Assert.True(tag!.IsWeak);
        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AStaleOrForeignTagGetsTheFullAnswer()
    {
        var response = await GetAsync("/api/search?q=kv+cache", new EntityTagHeaderValue("\"not-this-one\"", isWeak: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task AMalformedIfNoneMatchIsIgnored()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/topics");
        request.Headers.TryAddWithoutValidation("If-None-Match", "this is not, an \"etag");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ParameterOrderAndNameCaseDoNotChangeTheTag()
    {
        var one = await client.GetAsync("/api/search?q=gpu&sort=newest&pageSize=5");
        var other = await client.GetAsync("/api/search?PageSize=5&q=gpu&sort=newest");

        Assert.Equal(one.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task DifferentRequestsHaveDifferentTags()
    {
        var urls = new[] { "/api/search?q=gpu", "/api/search?q=gpu&page=2", "/api/search?q=cache", "/api/topics", "/api/stats", "/api/notes/turboquant-kv-cache" };

        var tags = await Task.WhenAll(urls.Select(async url => (await client.GetAsync(url)).Headers.ETag!.Tag));

        Assert.Equal(urls.Length, tags.Distinct().Count());
    }

    [Fact]
    public async Task ErrorsCarryNoTagAndAreNotMarkedCacheable()
    {
        var response = await client.GetAsync("/api/notes/no-such-note");

        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task RepeatedSearchesGiveTheSameAnswer()
    {
        var first = await client.GetStringAsync("/api/search?q=world+model&pageSize=3");
        var second = await client.GetStringAsync("/api/search?pageSize=3&q=world+model");

        Assert.Equal(first, second);
    }

    private Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }
}
