using System.Diagnostics;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>Markdown whose parse or render time grows faster than its size is stopped at the render budget.</summary>
public class NoteRenderBudgetTests
{
    private static readonly NoteParserOptions HalfASecond = new() { RenderBudget = TimeSpan.FromSeconds(0.5) };

    private static string Body(string body) => "---\ntitle: T\ndate: 2026-05-25\n---\n" + body;

    public static TheoryData<string, string> Hostile => new()
    {
        // 467 s to index before the budget.
        { "link openers", string.Concat(Enumerable.Repeat("[](", 160_000)) },
        { "links left open", string.Concat(Enumerable.Repeat("[a](", 100_000)) },
        { "emphasis openers", string.Concat(Enumerable.Repeat("a_ ", 100_000)) },
        { "mixed emphasis", string.Concat(Enumerable.Repeat("**a* ", 60_000)) },
        // Quadratic in the HTML parser of the sanitiser, not in Markdig.
        { "nested divs", string.Concat(Enumerable.Repeat("<div>", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileMarkdownIsReportedAsTooComplexWithinAboutTheBudget(string kind, string body)
    {
        var clock = Stopwatch.StartNew();

        var problem = TestNotes.ProblemOf(TestNotes.Parse(Body(body), "hostile.md", HalfASecond));

        // Emphasis nested past what the text extractor follows is refused as soon as the parse ends: on a fast
        // machine that comes before the budget runs out. Either way the note is reported, not indexed, in time.
        Assert.Matches(@"^hostile\.md:1: (too complex to render within 0\.5 s|Markdown nested too deeply to read: .+)$", problem);
        // Minutes without the budget; the margin is for a loaded machine (a full test run on two cores, its thread pool
        // busy with other tests), not a speed target.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{kind}: {clock.Elapsed}");
    }

    [Fact]
    public void ThousandsOfLinkDefinitionsInOneParagraphAreReportedBeforeMarkdigReadsThem()
    {
        // Markdig reads them in one quadratic step the budget cannot look into: 45 s for these.
        var body = string.Concat(Enumerable.Repeat("[a]: /x\n", 100_000)) + string.Concat(Enumerable.Repeat("[a] ", 100_000));
        var clock = Stopwatch.StartNew();

        var problem = TestNotes.ProblemOf(TestNotes.Parse(Body(body), "defs.md", HalfASecond));

        Assert.Equal("defs.md:1: too complex to render: more than 2000 link definitions ('[label]: url') in one paragraph", problem);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }

    [Fact]
    public void LinkDefinitionsInAQuoteAreCountedToo() =>
        Assert.Equal("quoted.md:1: too complex to render: more than 2000 link definitions ('[label]: url') in one paragraph",
            TestNotes.ProblemOf(TestNotes.Parse(Body(string.Concat(Enumerable.Repeat("> [a]: /x\n", 100_000))), "quoted.md", HalfASecond)));

    [Fact]
    public void ManyLinkDefinitionsSpreadOverParagraphsAreFine()
    {
        var body = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"[a{i}]: /x{i}\n" + (i % 100 == 99 ? "\n" : ""))) + "[a2999]\n";

        Assert.Equal("<p><a href=\"/x2999\">a2999</a></p>", TestNotes.WithoutAnchors(TestNotes.Note(Body(body)).Html).Trim());
    }

    [Fact]
    public void AnOrdinaryNoteIsRenderedOnceWhenParsed()
    {
        var note = TestNotes.Note(Body("Some *emphasis* and [a link](https://go.dev).\n"));

        Assert.Equal("<p>Some <em>emphasis</em> and <a href=\"https://go.dev\">a link</a>.</p>", TestNotes.WithoutAnchors(note.Html).Trim());
    }

    [Fact]
    public void DeepButSaneHtmlStaysWithinTheDefaultBudget() =>
        Assert.StartsWith("<div><div><div>", TestNotes.Note(Body(string.Concat(Enumerable.Repeat("<div>", 1_000)) + "deep\n")).Html);
}
