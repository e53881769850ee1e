using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>
/// A body with no raw HTML, no alert and only ordinary URLs is stored as Markdig writes it, without the sanitiser's
/// second parse. These tests hold that shortcut to its promise: on real notes the sanitiser would change nothing.
/// </summary>
public partial class MarkdigOnlyHtmlTests
{
    private static readonly RenderBudget Unlimited = new(TimeSpan.MaxValue);

    [Theory]
    [InlineData("Plain *words*, `code`, a [link](https://go.dev) and [another](/notes/x#p-2 \"title\").")]
    [InlineData("| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] done\n\n```go\nfmt.Println(\"<b>\")\n```")]
    [InlineData("A footnote[^1] and <https://go.dev> and mail <gopher@go.dev>.\n\n[^1]: It says so.")]
    [InlineData("[relative](../a:b) and [query](?q=a:b)")]
    public void MarkdownWithoutHtmlTakesTheShortcut(string markdown) =>
        Assert.True(NoteHtmlRenderer.MarkdigOnly(NoteMarkdown.Parse(markdown, Unlimited)));

    [Theory]
    [InlineData("Hello <b>bold</b>")]
    [InlineData("<div>\nblock\n</div>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt&#58;alert(1))")]
    [InlineData("[x](<java script:alert(1)>)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("[x][r]\n\n[r]: vbscript:msgbox")]
    [InlineData("> [!NOTE]\n> An alert.")]
    [InlineData("An entity &copy; here")]
    public void AnythingTheSanitiserWouldLookAtGoesThroughIt(string markdown) =>
        Assert.False(NoteHtmlRenderer.MarkdigOnly(NoteMarkdown.Parse(markdown, Unlimited)));

    [Fact]
    public void ADangerousUrlIsStillRemovedFromTheStoredHtml()
    {
        var html = NoteHtmlRenderer.ToHtml("[x](JaVaScRiPt&#58;alert(1)) and ![y](data:text/html,hi)");

        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
    }

    /// <summary>Every note of the Go blog, the default content and a slice of the DocFX set that takes the shortcut.</summary>
    public static TheoryData<string> Corpora => ["go-blog", "content", "cpp-docs"];

    private static IReadOnlyList<NoteFile> Scan(string root) => [.. new ContentScanner(NoteParserOptions.Default.WithConventionsOf(root)).Scan(root)];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void OnRealNotesTheShortcutGivesWhatTheSanitiserWould(string corpus)
    {
        var files = corpus switch
        {
            "go-blog" => Scan(RepoPaths.GoBlogPosts),
            "content" => Scan(Path.Combine(RepoPaths.Root, "content")),
            _ => CppDocsCorpus.Files,
        };
        var notes = files.Where(f => f.IsNote).Select(f => f.Note!).OrderBy(n => n.Path, StringComparer.Ordinal).Take(1500).ToList();
        var parser = new HtmlParser();
        var shortcuts = 0;
        foreach (var note in notes)
        {
            var document = NoteMarkdown.Parse(note.Markdown, Unlimited);
            if (!NoteHtmlRenderer.MarkdigOnly(document))
                continue;
            shortcuts++;
            var html = NoteHtmlRenderer.MarkdigHtml(document);
            // The same HTML read and written back by the sanitiser's own parser and formatter, with nothing removed.
            var reparsed = parser.ParseDocument("<!doctype html><html><body>" + html);
            // Markdig ends a column's alignment with ';' and the sanitiser's CSS writer does not: the same style.
            var expected = StyleEnd().Replace(reparsed.Body!.ChildNodes.ToHtml(HtmlSanitizer.DefaultOutputFormatter), "\"");
            var sanitised = NoteHtmlRenderer.Sanitize(html, Unlimited);
            var at = Enumerable.Range(0, Math.Min(expected.Length, sanitised.Length)).FirstOrDefault(i => expected[i] != sanitised[i]);
            Assert.True(expected == sanitised, $"{note.Path}: the sanitiser would change its HTML at {at}: {expected[Math.Max(0, at - 80)..Math.Min(expected.Length, at + 80)]} | {sanitised[Math.Max(0, at - 80)..Math.Min(sanitised.Length, at + 80)]}");
        }
        Assert.True(shortcuts >= notes.Count / 4, $"only {shortcuts} of {notes.Count} notes took the shortcut");
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<=style=\"[^\"]*);\"")]
    private static partial System.Text.RegularExpressions.Regex StyleEnd();
}
