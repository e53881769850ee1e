using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NotesSearch.Web.Api;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Tests.Api;

/// <summary>Issue 16 §5: the response cache is bounded in bytes, whatever the number of distinct requests.</summary>
public sealed class ApiResultCacheBoundTests(ApiResultCacheBoundTests.SmallCacheFactory site) : IClassFixture<ApiResultCacheBoundTests.SmallCacheFactory>
{
    [Fact]
    public void ManyDistinctEntriesNeverTakeTheCachePastItsBound()
    {
        using var cache = new ApiResultCache(Options.Create(new ApiOptions { ResultCacheMegabytes = 1 }));
        var body = new byte[4096];

        for (var i = 0; i < 5_000; i++)
        {
            cache.Set("v1", "search q=" + i, body);
            Assert.InRange(cache.Size, 0, cache.SizeLimit);
        }

        Assert.InRange(cache.Size, cache.SizeLimit / 2, cache.SizeLimit);
    }

    [Fact]
    public void AnEntryOverAnEighthOfTheBoundIsNotKept()
    {
        using var cache = new ApiResultCache(Options.Create(new ApiOptions { ResultCacheMegabytes = 1 }));

        cache.Set("v1", "note big", new byte[200_000]);
        cache.Set("v1", "note small", new byte[1_000]);

        Assert.Null(cache.Get("v1", "note big"));
        Assert.NotNull(cache.Get("v1", "note small"));
    }

    [Fact]
    public async Task TheSitesCacheStaysWithinItsBoundUnderManyDistinctSearches()
    {
        var client = site.CreateClient();
        var cache = site.Services.GetRequiredService<ApiResultCache>();

        for (var i = 0; i < 400; i++)
        {
            var answer = JsonNode.Parse(await client.GetStringAsync($"/api/search?q=cache+OR+kv+OR+w{i}&pageSize=100"))!;
            Assert.NotNull(answer["total"]);
            Assert.InRange(cache.Size, 0, cache.SizeLimit);
        }

        Assert.True(cache.Size > cache.SizeLimit / 4, $"the cache was used: {cache.Size} of {cache.SizeLimit} bytes");
    }

    /// <summary>A 1 MB result cache: 400 searches of up to 100 hits each come to several times that.</summary>
    public sealed class SmallCacheFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Api:ResultCacheMegabytes"] = "1",
        };
    }
}
