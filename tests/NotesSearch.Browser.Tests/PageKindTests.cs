namespace NotesSearch.Browser.Tests;

/// <summary>
/// Every kind of page at a phone's 390 px and a desktop's 1280 px, light and dark (issue 13, "Done when"): a
/// screenshot of each (test output, TestResults/screenshots), no sideways scroll, and no console error or CSP
/// violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageKindTests(BrowserSite site) : IAsyncLifetime
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    private readonly List<IPage> pages = [];

    public static TheoryData<string, string> PageKinds => new()
    {
        { "home", "/" },
        { "results", "/?q=kv+cache" },
        { "zero-results", "/?q=zzyzxquartz&topic=kv-cache" },
        { "note", "/notes/cxl-kv-transfer-nic-hop" },
        { "topics", "/topics" },
        { "topic", "/topics/kv-cache" },
        { "archive", "/archive" },
        { "about", "/about" },
    };

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task EachPageKindFitsPhoneAndDesktopInLightAndDarkWithNoConsoleError(string kind, string url) =>
        await CheckAllViewsAsync(kind, url);

    [Fact]
    public async Task TheNotFoundPageFitsPhoneAndDesktopInLightAndDarkWithNoConsoleError() =>
        await CheckAllViewsAsync("error-404", "/notes/no-such-note", status: 404);

    [Fact]
    public async Task TheApiPageFitsPhoneAndDesktopInLightAndDarkWithNoConsoleError() =>
        await CheckAllViewsAsync("api", "/api");

    [Fact]
    public async Task TheFaviconEveryPageAsksForIsServed()
    {
        // Headless Chromium does not ask for /favicon.ico itself (a desktop one does, on every page): ask as it would.
        var (page, _) = await OpenAsync("/", 1280, 800, ColorScheme.Light);

        var icon = await page.APIRequest.GetAsync("/favicon.ico");

        Assert.Equal(200, icon.Status);
        Assert.StartsWith("image/", icon.Headers["content-type"]);
    }

    [Fact]
    public async Task ANoteWithAnAlignedTableHasNoCspViolationAndFitsAPhone() =>
        await CheckAllViewsAsync("note-table", "/notes/" + BrowserSite.TableSlug);

    [Fact]
    public async Task OnAPhoneTheFiltersAreFoldedAndTheFirstResultIsOnTheFirstScreen()
    {
        foreach (var javaScript in new[] { true, false })
        {
            var (page, _) = await OpenAsync("/?q=cache", PhoneWidth, PhoneHeight, ColorScheme.Light, javaScript);

            await Expect(page.Locator("details.filters > summary")).ToBeVisibleAsync();
            await Expect(page.Locator(".facets a[data-topic=kv-cache]")).ToBeHiddenAsync();
            var first = await page.Locator("ol.hits li.hit").First.BoundingBoxAsync();
            Assert.True(first!.Y + 60 < PhoneHeight, $"the first result starts at {first.Y} px of {PhoneHeight} (script {javaScript})");

            await page.Locator("details.filters > summary").ClickAsync();
            await Expect(page.Locator(".facets a[data-topic=kv-cache]")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task OnADesktopTheFacetsShowBesideTheResultsWithAndWithoutScript()
    {
        foreach (var javaScript in new[] { true, false })
        {
            var (page, _) = await OpenAsync("/?q=cache", 1280, 800, ColorScheme.Light, javaScript);

            await Expect(page.Locator(".facets a[data-topic=kv-cache]")).ToBeVisibleAsync();
            await Expect(page.Locator("details.filters > summary")).ToBeHiddenAsync();
            var facets = await page.Locator("aside.facets").BoundingBoxAsync();
            var results = await page.Locator("section.results").BoundingBoxAsync();
            Assert.True(facets!.X + facets.Width <= results!.X, "the facets stand to the left of the results");
        }
    }

    [Fact]
    public async Task TypingKeepsTheFiltersTheReaderUnfolded()
    {
        var (page, _) = await OpenAsync("/", PhoneWidth, PhoneHeight, ColorScheme.Light);
        await page.Locator("details.filters > summary").ClickAsync();

        await page.GetByLabel("Search notes").PressSequentiallyAsync("cache", new() { Delay = 40 });

        await Expect(page.Locator("#result-count")).ToContainTextAsync("for “cache”");
        await Expect(page.Locator("details.filters")).ToHaveAttributeAsync("open", "");
    }

    [Fact]
    public async Task ThePlaceholderIsNotCutOnAPhone()
    {
        var (page, _) = await OpenAsync("/", PhoneWidth, PhoneHeight, ColorScheme.Light);

        var room = await page.EvaluateAsync<double[]>("""
            () => {
                const box = document.getElementById("q");
                const style = getComputedStyle(box);
                const context = document.createElement("canvas").getContext("2d");
                context.font = style.font;
                const text = context.measureText(box.placeholder).width;
                const inner = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return [text, inner];
            }
            """);

        Assert.True(room[0] <= room[1], $"placeholder {room[0]:0} px in a {room[1]:0} px box");
    }

    [Fact]
    public async Task PressSlashIsOfferedOnlyWithAKeyboardAndScript()
    {
        var hint = "[data-key-hint]";
        var (desktop, _) = await OpenAsync("/topics", 1280, 800, ColorScheme.Light);
        var (noScript, _) = await OpenAsync("/topics", 1280, 800, ColorScheme.Light, javaScript: false);
        var (touch, _) = await OpenAsync("/topics", PhoneWidth, PhoneHeight, ColorScheme.Light, touch: true);

        await Expect(desktop.Locator(hint)).ToBeVisibleAsync();
        await Expect(noScript.Locator(hint)).ToBeHiddenAsync();
        await Expect(touch.Locator(hint)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ArchiveBarsAreLabelledAndOnlyMonthsWithNotesAreTabStops()
    {
        var (page, _) = await OpenAsync("/archive", 1280, 800, ColorScheme.Light);
        var months = await page.Locator("svg .month-label").CountAsync();
        var withNotes = await page.Locator("svg a.bar").CountAsync();

        await Expect(page.Locator("svg a.bar").First.Locator(".count-label")).ToBeVisibleAsync();
        Assert.True(withNotes < months, "the chart has empty months");
        // Tab through the chart: every stop in it is a month with notes.
        await page.Locator("svg a.bar").First.FocusAsync();
        for (var i = 1; i < withNotes; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('svg a.bar')"), $"tab stop {i} is a month with notes");
        }
    }

    private async Task CheckAllViewsAsync(string kind, string url, int status = 200)
    {
        var problems = new List<string>();
        foreach (var width in new[] { PhoneWidth, 1280 })
        {
            foreach (var colors in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var view = $"{kind}-{width}-{colors.ToString().ToLowerInvariant()}";
                var (page, errors) = await OpenAsync(url, width, width == PhoneWidth ? PhoneHeight : 800, colors, status: status);
                await Expect(page.Locator("main")).ToBeVisibleAsync();
                // Every style sheet, script, image and font the page names, loaded and applied. (Not "network idle": it
                // waits for half a second with no request at all, which a loaded machine can push past any timeout.)
                await page.WaitForLoadStateAsync(LoadState.Load);
                await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
                var path = Path.Combine(BrowserSite.ScreenshotFolder, view + ".png");
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });

                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                if (widths[0] > widths[1])
                    problems.Add($"{view}: {widths[0]} px wide in a {widths[1]} px viewport (see {path})");
                // The favicon is a test of its own (helper C's item), so that it holds up no other page's check.
                problems.AddRange(errors.Where(e => !e.Contains("favicon.ico", StringComparison.Ordinal)).Select(e => $"{view}: {e}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string url, int width, int height, ColorScheme colors,
        bool javaScript = true, bool touch = false, int status = 200)
    {
        var page = await site.NewPageAsync(width, height, javaScript, colors, touch);
        pages.Add(page);
        var errors = new List<string>();
        var address = new Uri(site.BaseUrl, url).ToString();
        page.Console += (_, message) =>
        {
            // An error page's own status is what it should answer, not a fault; Chromium logs it all the same.
            var ownStatus = status >= 400 && message.Location.StartsWith(address + ":", StringComparison.Ordinal) &&
                            message.Text.Contains($"status of {status}", StringComparison.Ordinal);
            if (message.Type == "error" && !ownStatus)
                errors.Add($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        // A failed request logs "Failed to load resource" without naming it: name it.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != address)
                errors.Add($"{response.Status} for {response.Url}");
        };
        var answer = await page.GotoAsync(url);
        Assert.Equal(status, answer?.Status);
        return (page, errors);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in pages)
            await page.Context.CloseAsync();
    }
}
