using NotesSearch.Core.Missed;
using NotesSearch.Web.Tests.Site;

namespace NotesSearch.Web.Tests.Api;

/// <summary>The site with <c>Notes:RecordMissedSearches</c> on, counting into a file of its own.</summary>
public sealed class RecordingSiteFactory : ApiFactory
{
    public string MissedPath => Path.Combine(IndexPath + "-data", "missed.db");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Notes:RecordMissedSearches"] = "true",
        ["Notes:MissedSearchesPath"] = MissedPath,
    };
}

/// <summary>Issue 14 §4: the site counts searches that found nothing when asked to, and only then; nothing of it is served.</summary>
public sealed class MissedSearchSiteTests(RecordingSiteFactory site) : IClassFixture<RecordingSiteFactory>
{
    [Fact]
    public async Task ASearchThatFindsNothingIsCountedOffTheRequestPath()
    {
        using var client = site.CreateClient();

        await client.GetPageAsync("/?q=Quokka+Husbandry");
        await client.GetPageAsync("/?q=quokka++husbandry");
        await client.GetStringAsync("/api/search?q=quokka%20husbandry&page=1");
        await client.GetPageAsync("/?q=kv+cache");

        var rows = await WaitForAsync(() => new MissedSearchStore(site.MissedPath).List(null, 100), rows => rows.Any(r => r.Query == "quokka husbandry" && r.Count >= 3));
        Assert.Equal(3, rows.Single(r => r.Query == "quokka husbandry").Count);
        Assert.DoesNotContain(rows, r => r.Query == "kv cache");
    }

    [Fact]
    public async Task TheAsYouTypeRefreshAndAChosenFilterAreNotCounted()
    {
        using var client = site.CreateClient();
        using var partial = new HttpRequestMessage(HttpMethod.Get, "/?q=wombatz");
        partial.Headers.Add("X-Partial", "results");

        (await client.SendAsync(partial)).EnsureSuccessStatusCode();
        await client.GetPageAsync("/?q=numbat&topic=kv-cache");
        await client.GetPageAsync("/?q=platypus+zzz");

        var rows = await WaitForAsync(() => new MissedSearchStore(site.MissedPath).List(null, 100), rows => rows.Any(r => r.Query == "platypus zzz"));
        Assert.DoesNotContain(rows, r => r.Query is "wombatz" or "numbat");
    }

    [Theory]
    [InlineData("/api/missed")]
    [InlineData("/missed")]
    public async Task NothingOfItIsServed(string url)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var value = read();
            if (done(value) || DateTime.UtcNow > deadline)
                return value;
            await Task.Delay(50);
        }
    }
}

/// <summary>Recording is off unless asked for.</summary>
public sealed class MissedSearchOffTests(ApiFactory site) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ByDefaultSearchesThatFindNothingLeaveNoFile()
    {
        using var client = site.CreateClient();

        await client.GetPageAsync("/?q=quokka+husbandry");
        await client.GetStringAsync("/api/search?q=quokka");
        await Task.Delay(300);

        Assert.False(File.Exists(MissedSearchStore.PathBeside(site.IndexPath)));
    }
}
