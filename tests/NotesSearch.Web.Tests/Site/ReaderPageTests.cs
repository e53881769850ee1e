using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The author's notes plus three that show how snippets read (issue 13).</summary>
public sealed class ReaderNotesSite : NotesSiteFactory
{
    /// <summary>A summary cut right after "an action." (the 200th character), as a listing's excerpt.</summary>
    public static readonly string CutAfterFullStop = string.Concat(Enumerable.Repeat("word ", 38)) + "an action. More words follow, past the cut.";

    public ReaderNotesSite()
    {
        WriteNote("2019-02-01-cut-summary.md", $"""
            ---
            title: A summary cut after a full stop
            topics: [Typesetting]
            summary: "{CutAfterFullStop}"
            ---
            The body says something else.
            """);
        WriteNote("2019-02-02-topic-only.md", """
            ---
            title: Feeding schedules
            topics: [Capybara Husbandry]
            ---
            Grass in the morning, hay at night.
            """);
    }
}

/// <summary>The search page on a phone, empty and edge pages, snippets, and the archive, as HTML (issue 13).</summary>
public sealed class ReaderPageTests(ReaderNotesSite site) : IClassFixture<ReaderNotesSite>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task FacetsFoldBehindAFiltersDetailsThatIsClosedUntilOpened()
    {
        var page = await client.GetPageAsync("/?q=cache&topic=kv-cache");

        var filters = page.QuerySelector("details.filters");
        Assert.NotNull(filters);
        Assert.False(filters.HasAttribute("open"));
        Assert.Equal("Filters (1 on)", filters.QuerySelector("summary")?.TextContent.Trim());
        Assert.NotNull(filters.QuerySelector("aside.facets a[data-topic=kv-cache]"));
    }

    [Fact]
    public async Task ThePlaceholderIsShortEnoughForAPhoneAndThePressSlashHintWaitsForScript()
    {
        var page = await client.GetPageAsync("/");

        Assert.True(page.QuerySelector("input#q")!.GetAttribute("placeholder")!.Length <= 24);
        var hint = page.QuerySelector("[data-key-hint]");
        Assert.NotNull(hint);
        Assert.True(hint.HasAttribute("hidden"));
    }

    [Fact]
    public async Task ZeroResultsSayItOnceWithNoResultsHeadingNoSortAndLinksThatRemoveEachFilter()
    {
        var page = await client.GetPageAsync("/?q=cache&topic=capybara-husbandry&year=2019");

        Assert.Empty(page.QuerySelectorAll("ol.hits li"));
        Assert.Single(Regex.Matches(page.Body!.TextContent, "No notes"));
        Assert.Equal("No notes match “cache” with these filters", page.QuerySelector("#result-count")?.TextContent);
        Assert.Null(page.QuerySelector("#results-heading"));
        Assert.Null(page.QuerySelector("nav.sort"));
        var tries = page.QuerySelectorAll(".zero li a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/?q=cache&year=2019", tries["Without the filter Topic: Capybara Husbandry"]);
        Assert.Equal("/?q=cache&topic=capybara-husbandry", tries["Without the filter Year: 2019"]);
        Assert.Equal("/?q=cache", tries["Without any filter"]);
    }

    [Fact]
    public async Task ZeroResultsWithARealTopicShowNoFacetsOfZeros()
    {
        var page = await client.GetPageAsync("/?q=zzyzxquartz&topic=kv-cache");

        Assert.Null(page.QuerySelector(".facets"));
        Assert.Single(page.QuerySelectorAll(".chips a.chip"));
        Assert.Contains("Without the filter Topic: KV cache", page.Texts(".zero li a"));
    }

    [Fact]
    public async Task AnUnknownTopicIsSaidInWordsNotShownAsAFacetAndGetsNoSpellingAdvice()
    {
        var page = await client.GetPageAsync("/?topic=nonexistent-topic");

        Assert.Null(page.QuerySelector(".facets a[data-topic=nonexistent-topic]"));
        Assert.DoesNotContain(page.Texts(".facets .facet-label"), label => label.Contains("nonexistent", StringComparison.Ordinal));
        var zero = page.QuerySelector(".zero")!.TextContent;
        Assert.Contains("There is no topic “nonexistent-topic”", zero);
        Assert.Contains("/topics", page.Hrefs(".zero a"));
        Assert.DoesNotContain("spelling", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fewer words", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?sort=relevance")]
    public async Task WithoutWordsOnlyNewestAndOldestAreOfferedAndNewestIsCurrent(string url)
    {
        var page = await client.GetPageAsync(url);

        Assert.Equal(["newest", "oldest"], page.Texts("nav.sort a"));
        Assert.Equal(["newest"], page.QuerySelectorAll("nav.sort a[aria-current=true]").Select(a => a.TextContent));
    }

    [Fact]
    public async Task WithWordsRelevanceIsOfferedAndCurrent()
    {
        var page = await client.GetPageAsync("/?q=cache");

        Assert.Equal(["relevance", "newest", "oldest"], page.Texts("nav.sort a"));
        Assert.Equal(["relevance"], page.QuerySelectorAll("nav.sort a[aria-current=true]").Select(a => a.TextContent));
    }

    [Fact]
    public async Task AHitThatMatchedOnlyThroughItsTopicSaysSo()
    {
        var page = await client.GetPageAsync("/?q=husbandry");

        var hit = Assert.Single(page.QuerySelectorAll("ol.hits li.hit"));
        Assert.Equal("topic: Capybara Husbandry", hit.QuerySelector(".why")?.TextContent.Trim());
        Assert.Equal("Capybara Husbandry", hit.QuerySelector(".why mark")?.TextContent);
    }

    [Fact]
    public async Task AHitWhoseTextMatchedGivesNoTopicReason()
    {
        var page = await client.GetPageAsync("/?q=grass");

        var hit = Assert.Single(page.QuerySelectorAll("ol.hits li.hit"));
        Assert.Null(hit.QuerySelector(".why"));
    }

    [Fact]
    public async Task SnippetsShowDashesAndNoEllipsisAfterAFullStop()
    {
        var cut = await client.GetPageAsync("/?topic=typesetting");
        var dashes = await client.GetPageAsync("/?q=bullet+prefill");

        Assert.EndsWith("an action.", Assert.Single(cut.Texts("ol.hits .snippet")));
        var snippet = dashes.Texts("ol.hits .snippet").First();
        Assert.Contains("kernel level – prefill", snippet);
        Assert.DoesNotContain(" -- ", snippet);
    }

    [Fact]
    public async Task ArchiveBarsShowTheirMonthAndCountAndEmptyMonthsAreNotLinks()
    {
        var page = await client.GetPageAsync("/archive");

        var april = page.QuerySelector("svg a.bar[href='/?year=2026&month=4']");
        Assert.NotNull(april);
        var listed = page.QuerySelectorAll("section[aria-labelledby=month-2026-04] ul.month-notes li").Length;
        Assert.True(listed > 1);
        Assert.Equal(["Apr", listed.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new[] { Text(april, "month-label"), Text(april, "count-label") });
        foreach (var empty in page.QuerySelectorAll("svg .empty-month"))
        {
            Assert.Null(empty.Closest("a"));
            Assert.Empty(empty.QuerySelectorAll("a, [tabindex]"));
            Assert.Matches("^[A-Z][a-z]{2}$", Text(empty, "month-label"));
        }
        Assert.NotEmpty(page.QuerySelectorAll("svg .empty-month"));
    }

    [Fact]
    public async Task ArchiveListsTheNotesOfEachMonthBelowTheChart()
    {
        var page = await client.GetPageAsync("/archive");
        var month = await client.GetPageAsync("/?year=2026&month=4&pageSize=100");

        var section = page.QuerySelector("section[aria-labelledby=month-2026-04]");
        Assert.NotNull(section);
        Assert.Equal("/?year=2026&month=4", section.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Equal(month.Hrefs("ol.hits h3 a"), section.QuerySelectorAll("ul.month-notes a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Contains("/notes/cut-summary", page.Hrefs("section[aria-labelledby=month-2019-02] ul.month-notes a"));
    }

    private static string Text(IElement element, string cssClass) =>
        element.QuerySelector($"text.{cssClass}")?.TextContent ?? element.QuerySelectorAll("text").FirstOrDefault(t => t.ClassName == cssClass)?.TextContent ?? "";
}
