using NotesSearch.Web.Tests;

namespace NotesSearch.Browser.Tests;

/// <summary>
/// One running site (real Kestrel on a loopback port) and one Chromium for all browser tests: Debian's
/// /usr/bin/chromium, never a downloaded one. Each test opens its own context, so tests share no cookies or state.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Slug of the note that tries every way of running script.</summary>
    public const string HostileSlug = "hostile-markup";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public NotesSiteFactory Site { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where screenshots of the main pages go, as test artefacts.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Site.WriteNote("2024-01-01-hostile-markup.md", """
            ---
            title: A note that tries to run script
            date: 2024-01-01
            topics: [Security]
            ---
            <script>alert('script tag')</script>

            <img src="x" onerror="alert('onerror')">

            [a javascript link](javascript:alert('markdown link'))

            <a href="javascript:alert('raw link')" id="raw-link">a raw javascript link</a>

            <svg onload="alert('svg')"><circle r="4"/></svg>

            <iframe src="javascript:alert('iframe')"></iframe>

            <p onclick="alert('click')" id="clickable">click me</p>
            """);
        Site.WriteNote("2024-01-02-aligned-table.md", """
            ---
            title: A note with an aligned table
            date: 2024-01-02
            topics: [Typesetting]
            ---
            | model | TTFT | p99 |
            |:------|-----:|:---:|
            | baseline | 1,140 ms | 2,310 ms |
            | with CXL | 116 ms | 240 ms |
            """);
        BaseUrl = Site.StartKestrel();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A note with a table aligned by Markdown (helper C's item: alignment without inline styles).</summary>
    public const string TableSlug = "aligned-table";

    /// <summary>A fresh page in its own context: 1280 wide by default; <paramref name="touch"/> for a phone's touch screen.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, bool javaScript = true, ColorScheme colors = ColorScheme.Light,
        bool touch = false)
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colors,
            HasTouch = touch,
            IsMobile = touch,
        });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        await ((IAsyncLifetime)Site).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
