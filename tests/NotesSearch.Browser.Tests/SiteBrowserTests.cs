using System.Text.RegularExpressions;

namespace NotesSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SiteBrowserTests(BrowserSite site) : IAsyncLifetime
{
    private readonly List<IPage> pages = [];

    private async Task<IPage> OpenAsync(string url, int width = 1280, int height = 800, bool javaScript = true,
        ColorScheme colors = ColorScheme.Light)
    {
        var page = await site.NewPageAsync(width, height, javaScript, colors);
        pages.Add(page);
        await page.GotoAsync(url);
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in pages)
            await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TypingAQueryUpdatesTheResultsAndTheUrl()
    {
        var page = await OpenAsync("/");

        await page.GetByLabel("Search notes").PressSequentiallyAsync("nic hop", new() { Delay = 40 });

        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=nic(\+|%20)hop$"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("for “nic hop”");
        await Expect(page.Locator("ol.hits h3 a").First).ToHaveAttributeAsync("href", "/notes/cxl-kv-transfer-nic-hop");
        Assert.EndsWith("nic hop — search · Notes", await page.TitleAsync());
    }

    [Fact]
    public async Task SlashFocusesTheSearchBox()
    {
        var page = await OpenAsync("/topics");

        await page.Keyboard.PressAsync("/");

        await Expect(page.Locator("#header-q")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task ClickingATopicFacetFiltersAndKeepsTheOtherTopicsCounts()
    {
        var page = await OpenAsync("/");
        var networking = page.Locator(".facets a[data-topic=networking] .count");
        var before = await networking.TextContentAsync();

        await page.Locator(".facets a[data-topic=kv-cache]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?topic=kv-cache$"));
        await Expect(page.Locator(".facets a[data-topic=kv-cache]")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.Locator("ol.hits li.hit")).ToHaveCountAsync(4);
        await Expect(networking).ToHaveTextAsync(before!);
    }

    [Fact]
    public async Task RemovingAChipDropsThatFilterOnly()
    {
        var page = await OpenAsync("/?q=cache&topic=kv-cache&year=2026");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Year: 2026" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=cache&topic=kv-cache$"));
        await Expect(page.Locator("a.chip")).ToHaveCountAsync(1);
        await Expect(page.Locator("a.chip")).ToContainTextAsync("Topic: KV cache");
        await Expect(page.Locator("#q")).ToHaveValueAsync("cache");
    }

    [Fact]
    public async Task OpeningANoteFromTheResults()
    {
        var page = await OpenAsync("/?q=nic+hop");

        await page.Locator("ol.hits h3 a").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/notes/cxl-kv-transfer-nic-hop$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("nobody is talking about the NIC hop.");
        await page.Locator("article a.tag", new() { HasText = "Networking" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?topic=networking$"));
    }

    [Fact]
    public async Task OpeningARelatedNote()
    {
        var page = await OpenAsync("/notes/cxl-kv-transfer-nic-hop");
        var related = page.Locator(".related a").First;
        var href = await related.GetAttributeAsync("href");

        await related.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(href!) + "$"));
        await Expect(page.Locator("article h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AutocompleteWorksFromTheKeyboard()
    {
        var page = await OpenAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search notes" });

        await box.PressSequentiallyAsync("milli", new() { Delay = 40 });
        var options = page.GetByRole(AriaRole.Option);
        await Expect(options.First).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        // On a slow machine the list of "mil" can be on screen after "milli" is typed; choose from the answer to "milli".
        await Expect(page.Locator("#suggestions")).Not.ToHaveAttributeAsync("aria-busy", "true");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "suggestion-0");
        await page.Keyboard.PressAsync("Enter");

        await Expect(box).ToHaveValueAsync("milliseconds");
        await Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=milliseconds$"));

        // Completions lead to notes only: a second word is offered when a note holds both ("milliseconds nob" finds none).
        await box.FillAsync("");
        await box.PressSequentiallyAsync("milli", new() { Delay = 40 });
        await Expect(options.First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task AListAnsweringAnOlderTextSaysItIsBusyUntilTheNewAnswerComes()
    {
        var page = await OpenAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search notes" });
        var list = page.Locator("#suggestions");
        await box.PressSequentiallyAsync("mil", new() { Delay = 40 });
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Expect(list).Not.ToHaveAttributeAsync("aria-busy", "true");
        // The answer to the longer text is held back, as a slow network would.
        var held = new TaskCompletionSource();
        await page.RouteAsync("**/api/suggest?q=milli", async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });

        await box.PressSequentiallyAsync("li", new() { Delay = 40 });

        await Expect(list).ToBeVisibleAsync();
        await Expect(list).ToHaveAttributeAsync("aria-busy", "true");
        held.SetResult();
        await Expect(list).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("milli");
        await box.FillAsync("");
        await Expect(list).ToBeHiddenAsync();
        await Expect(list).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    [Fact]
    public async Task EverythingWorksWithJavaScriptOff()
    {
        var page = await OpenAsync("/", javaScript: false);

        await page.GetByLabel("Search notes").FillAsync("kv cache");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=kv(\+|%20)cache$"));
        await Expect(page.Locator("ol.hits li.hit").First).ToBeVisibleAsync();

        await page.Locator("nav.sort a", new() { HasText = "oldest" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=oldest"));
        await page.Locator("ol.hits h3 a").First.ClickAsync();
        await Expect(page.Locator("article h1")).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=oldest"));
        await Expect(page.Locator("#q")).ToHaveValueAsync("kv cache");
    }

    [Fact]
    public async Task NoteWithHostileMarkupRunsNoScript()
    {
        var page = await site.NewPageAsync();
        pages.Add(page);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync("/notes/" + BrowserSite.HostileSlug);
        await Expect(page.Locator("article h1")).ToHaveTextAsync("A note that tries to run script");
        await page.GetByText("a javascript link").ClickAsync();
        await page.GetByText("a raw javascript link").ClickAsync();
        await page.GetByText("click me").ClickAsync();
        await page.WaitForTimeoutAsync(500);

        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator(".note-body script, .note-body iframe, .note-body [onerror], .note-body [onload], .note-body [onclick]").CountAsync());
    }

    [Fact]
    public async Task NoteAddedWhileTheSiteRunsAppearsInResults()
    {
        var page = await OpenAsync("/?q=capybaratoaster");
        await Expect(page.Locator(".zero")).ToBeVisibleAsync();

        site.Site.WriteNote("2019-06-01-browser-live-note.md", "---\ntitle: Added while running\ndate: 2019-06-01\n---\ncapybaratoaster\n");

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline && await page.Locator("ol.hits h3 a").CountAsync() == 0)
        {
            await page.WaitForTimeoutAsync(200);
            await page.ReloadAsync();
        }
        await Expect(page.Locator("ol.hits h3 a").First).ToHaveAttributeAsync("href", "/notes/browser-live-note");
    }
}
