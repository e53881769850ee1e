namespace NotesSearch.Browser.Tests;

/// <summary>A note with a wide table and code, and the API reference, as a browser lays them out (390 px phone, 1280 px desktop).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderBrowserTests(BrowserSite site) : IAsyncLifetime
{
    private const string NoteUrl = "/notes/reader-wide-table";

    /// <summary>An 80-column line of Go: it must fit a desktop code block without scrolling.</summary>
    private static readonly string EightyColumns = "\treturn fmt.Errorf(\"reading %s: %w\", path, err) // " + new string('x', 80 - 54);

    private readonly List<IPage> pages = [];
    private readonly List<string> errors = [];

    public async Task InitializeAsync()
    {
        site.Site.WriteNote("2019-07-01-reader-wide-table.md", $$"""
            ---
            title: Reader wide table
            date: 2019-07-01
            ---
            | model | TTFT | p99 latency | throughput | memory | notes |
            |:------|-----:|------------:|:----------:|-------:|-------|
            | DeepSeek-R1-Distill-Llama-70B | 1,140 ms | 2,480 ms | 12,345 tok/s | 141,312 MiB | disaggregated prefill |

            ```go
            func read(path string) error {
            {{EightyColumns}}
            }
            ```
            """);
        // The site's watcher indexes the note within a second or two.
        using var client = new HttpClient { BaseAddress = site.BaseUrl };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !(await client.GetAsync(NoteUrl)).IsSuccessStatusCode)
            await Task.Delay(200);
    }

    public async Task DisposeAsync()
    {
        foreach (var page in pages)
            await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string url, int width, ColorScheme colors = ColorScheme.Light)
    {
        var page = await site.NewPageAsync(width, 844, colors: colors);
        pages.Add(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add($"{url}: {message.Text}");
        };
        page.PageError += (_, error) => errors.Add($"{url}: {error}");
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok, $"{url}: {response?.Status}");
        return page;
    }

    private static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    [Fact]
    public async Task OnAPhoneAWideTableScrollsInItsOwnBoxAndCellsKeepTheirWordsWhole()
    {
        var page = await OpenAsync(NoteUrl, 390);

        Assert.True(await FitsAsync(page), "the note scrolls sideways at 390 px");
        Assert.True(await page.EvaluateAsync<bool>("() => { const w = document.querySelector('.note-body .table-wrap'); return w.scrollWidth > w.clientWidth; }"),
            "the table should scroll inside its wrapper");
        // No word or number is broken across lines (a line may end after a hyphen: "DeepSeek-|R1" is two words).
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.note-body td, .note-body th')].filter(cell => {
                const range = document.createRange();
                return cell.textContent.trim().split(/[\s-]+/).some(word => {
                    const node = [...cell.childNodes].find(n => n.nodeType === 3 && n.textContent.includes(word));
                    if (!node) return false;
                    const at = node.textContent.indexOf(word);
                    range.setStart(node, at); range.setEnd(node, at + word.length);
                    return range.getClientRects().length > 1;
                });
            }).map(cell => cell.textContent)
            """);
        Assert.Empty(broken);
        Assert.Equal("right", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.note-body td:nth-child(2)')).textAlign"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task OnADesktopCodeIsReadableAndEightyColumnsFitWithoutScrolling()
    {
        var page = await OpenAsync(NoteUrl, 1280);

        var fontPx = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.note-body pre code')).fontSize)");
        var width = await page.EvaluateAsync<double>("() => document.querySelector('.note-body pre').getBoundingClientRect().width");
        var scrolls = await page.EvaluateAsync<bool>("() => { const pre = document.querySelector('.note-body pre'); return pre.scrollWidth > pre.clientWidth; }");
        Assert.True(fontPx >= 15, $"code is {fontPx} px");
        Assert.True(width > 672, $"the code block is {width} px wide, no wider than the text column");
        Assert.False(scrolls, "an 80-column line scrolls");
        Assert.True(await FitsAsync(page));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SyntaxColoursDifferBetweenLightAndDark()
    {
        const string keyword = "() => getComputedStyle(document.querySelector('.note-body .hl-keyword')).color";
        var light = await (await OpenAsync(NoteUrl, 1280)).EvaluateAsync<string>(keyword);
        var dark = await (await OpenAsync(NoteUrl, 1280, ColorScheme.Dark)).EvaluateAsync<string>(keyword);
        var text = await (await OpenAsync(NoteUrl, 1280)).EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.note-body')).color");

        Assert.NotEqual(light, dark);
        Assert.NotEqual(text, light);
    }

    [Fact]
    public async Task TheApiReferenceFitsAPhoneWithTheSitesHeaderAndNoConsoleErrors()
    {
        var page = await OpenAsync("/api", 390);

        Assert.True(await FitsAsync(page), "/api scrolls sideways at 390 px");
        await Expect(page.Locator("header.site-header .site-title")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
