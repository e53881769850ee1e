namespace NotesSearch.Web.Tests.Site;

/// <summary>Issue 16 §5: a Permissions-Policy on every response, and no <c>Server</c> header, on a real Kestrel socket.</summary>
public sealed class ProtectionHeaderTests(ProtectionHeaderTests.KestrelSiteFactory site) : IClassFixture<ProtectionHeaderTests.KestrelSiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=cache")]
    [InlineData("/notes/turboquant-kv-cache")]
    [InlineData("/feed.xml")]
    [InlineData("/api/search?q=cache")]
    [InlineData("/css/site.css")]
    [InlineData("/notes/missing")]
    public async Task EveryResponseHasAPermissionsPolicyAndNoServerHeader(string url)
    {
        using var client = new HttpClient { BaseAddress = site.ServerAddress };

        using var response = await client.GetAsync(url);

        Assert.Contains("camera=()", string.Join("", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", string.Join("", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(",", response.Headers.Server));
    }

    /// <summary>The site on a loopback port: the in-memory test server never sends a Server header, Kestrel does.</summary>
    public sealed class KestrelSiteFactory : NotesSiteFactory
    {
        public override Task InitializeAsync()
        {
            StartKestrel();
            return Task.CompletedTask;
        }
    }
}
