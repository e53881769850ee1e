namespace NotesSearch.Web.Tests.Site;

public sealed class SecurityHeaderTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/notes/turboquant-kv-cache")]
    [InlineData("/archive")]
    [InlineData("/feed.xml")]
    [InlineData("/css/site.css")]
    [InlineData("/notes/missing")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(Policy, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join("", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task PagesHoldNoInlineScriptOrStyle()
    {
        var page = await client.GetPageAsync("/?q=cache");

        Assert.All(page.Scripts, script => Assert.False(string.IsNullOrEmpty(script.Source)));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }
}

/// <summary>A site where the API's page is exempt from the site's policy (it may bring its own).</summary>
public sealed class CspExemptSiteFactory : NotesSiteFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SecurityHeaders:CspExemptPaths:0", "/api");
    }
}

public sealed class CspExemptionTests(CspExemptSiteFactory site) : IClassFixture<CspExemptSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task ExemptPathGetsNoPolicyButKeepsTheOtherHeaders()
    {
        using var exempt = await client.GetAsync("/api");
        using var below = await client.GetAsync("/api/search");

        Assert.False(exempt.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", string.Join("", exempt.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(below.Headers.Contains("Content-Security-Policy"));
    }
}
