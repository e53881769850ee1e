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
