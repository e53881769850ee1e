using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// The site with an author in <c>site.yml</c>, a note with a table, code and relative links (changed after it was
/// published), and a note without <c>lastmod</c> whose file was last written on 1 July 2026.
/// </summary>
public sealed class ReaderSiteFactory : NotesSiteFactory
{
    public static readonly DateTimeOffset TouchedWritten = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    public ReaderSiteFactory()
    {
        File.AppendAllText(Path.Combine(ContentPath, "site.yml"), "\nauthor: Ada Writer\n");
        WriteNote("2026-06-01-reader.md", """
            ---
            title: A note for readers
            date: 2026-06-01
            lastmod: 2026-06-15
            topics: [KV cache]
            ---
            See [the other note](/notes/turboquant-kv-cache), [below](#numbers) and ![a chart](chart.png).

            ## Numbers

            | metric | value |
            |:-------|------:|
            | TTFT   | 1,140 ms |

            <table><tr><td style="text-align: center">raw</td></tr></table>

            ```go
            func main() { fmt.Println("hi") }
            ```
            """);
        var touched = WriteNote("2026-06-02-touched.md", "---\ntitle: Touched later\ndate: 2026-06-02\n---\nEdited after the day it was written.\n");
        File.SetLastWriteTimeUtc(touched, TouchedWritten.UtcDateTime);
    }
}

/// <summary>Notes as a reader sees them on the page and in a feed reader.</summary>
public sealed class ReaderViewTests(ReaderSiteFactory site) : IClassFixture<ReaderSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task TableAlignmentIsClassesInAScrollingWrapperWithNoInlineStyle()
    {
        var page = await client.GetPageAsync("/notes/reader");

        var body = page.QuerySelector(".note-body")!;
        Assert.Empty(body.QuerySelectorAll("[style]"));
        Assert.Equal(["align-left", "align-right", "align-left", "align-right", "align-center"],
            body.QuerySelectorAll("th, td").Select(c => c.ClassName ?? ""));
        Assert.All(body.QuerySelectorAll("table"), table => Assert.Equal("table-wrap", table.ParentElement!.ClassName));
    }

    [Fact]
    public async Task CodeIsHighlightedWithClassesTheStylesheetColoursInLightAndDark()
    {
        var page = await client.GetPageAsync("/notes/reader");
        var css = await client.GetStringAsync("/css/site.css");

        var classes = page.QuerySelectorAll(".note-body pre code span").Select(s => s.ClassName!).Distinct().ToArray();
        Assert.Contains("hl-keyword", classes);
        Assert.Contains("hl-string", classes);
        // Every class the note's HTML uses is styled, and each colour has a dark value too.
        var used = classes.Concat(["table-wrap", "align-left", "align-right", "align-center"]);
        Assert.All(used, cls => Assert.Contains("." + cls, css, StringComparison.Ordinal));
        Assert.All(new[] { "--hl-keyword", "--hl-string", "--hl-comment" }, colour =>
            Assert.Equal(2, css.Split(colour + ":").Length - 1));
    }

    [Fact]
    public async Task EveryPageLinksAnIconThatIsServed()
    {
        var page = await client.GetPageAsync("/about");
        using var icon = await client.GetAsync("/favicon.ico");
        var bytes = await icon.Content.ReadAsByteArrayAsync();

        Assert.Equal(["/favicon.ico"], page.Hrefs("link[rel=icon]"));
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }

    [Fact]
    public async Task FeedEntriesCarryTheNotesHtmlWithAbsoluteLinks()
    {
        var xml = XDocument.Parse(await client.GetStringAsync("/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var entry = xml.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")?.Value == "A note for readers");
        var content = entry.Element(atom + "content")!;
        Assert.Equal("html", content.Attribute("type")?.Value);
        var html = new HtmlParser().ParseDocument(content.Value);
        Assert.Equal(["http://localhost/notes/turboquant-kv-cache", "#numbers"], html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("http://localhost/notes/chart.png", html.QuerySelector("img")?.GetAttribute("src"));
        Assert.NotNull(html.QuerySelector("table td.align-right"));
    }

    [Fact]
    public async Task FeedAuthorIsTheSiteYmlAuthor()
    {
        var feed = await LoadAsync("/feed.xml");

        Assert.Equal(["Ada Writer"], feed.Authors.Select(a => a.Name));
    }

    [Fact]
    public async Task EntryIsPublishedOnItsDateAndUpdatedAtItsLastChange()
    {
        var feed = await LoadAsync("/feed.xml");
        var times = feed.Items.ToDictionary(i => i.Title.Text, i => (i.PublishDate, i.LastUpdatedTime));

        Assert.Equal((Day(2026, 6, 1), Day(2026, 6, 15)), times["A note for readers"]);
        Assert.Equal((Day(2026, 6, 2), ReaderSiteFactory.TouchedWritten), times["Touched later"]);
    }

    [Fact]
    public async Task SearchFeedTitlesNameTopicsByTheirLabels()
    {
        var feed = await LoadAsync("/feed.xml?topic=kv-cache&topic=world-models");

        Assert.Equal("Notes: topic KV cache or World models", feed.Title.Text);
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private async Task<SyndicationFeed> LoadAsync(string url)
    {
        using var stream = await client.GetStreamAsync(url);
        using var reader = XmlReader.Create(stream);
        return SyndicationFeed.Load(reader);
    }
}
