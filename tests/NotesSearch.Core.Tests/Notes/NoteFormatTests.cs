using System.Text;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteFormatTests
{
    [Fact]
    public void TomlFrontMatterBetweenPlusLinesIsRead()
    {
        var note = TestNotes.Note("""
            +++
            title = "TOML note"
            date = 2026-05-25T14:30:00+02:00
            tags = ["Rust", "wasm"]
            summary = "Short."
            draft = true
            +++
            Body.
            """);

        Assert.Equal(
            ("TOML note", new DateTimeOffset(2026, 5, 25, 14, 30, 0, TimeSpan.FromHours(2)), "Short.", true, "rust,wasm"),
            (note.Title, note.Date, note.Summary, note.Draft, string.Join(",", note.Topics.Select(t => t.Key))));
    }

    [Fact]
    public void AByteOrderMarkAndCrlfLineEndsAreFine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Windows\r\ndate: 2026-05-25\r\n---\r\nLine one\r\nline two.\r\n")).ToArray();

        var file = new NoteParser().Parse("win.md", bytes);

        Assert.True(file.IsNote, file.ToString());
        Assert.Equal(("Windows", "Line one\r\nline two.\r\n", "Line one\nline two."), (file.Note.Title, file.Note.Markdown, file.Note.Text));
    }

    [Fact]
    public void ANoteWithoutFrontMatterTakesTitleFromHeadingAndDateFromFileName()
    {
        var note = TestNotes.Note("# Plain Markdown\n\nNo front matter here.\n", "2026-05-25-plain.md");

        // The heading became the title, so the body does not show it a second time.
        Assert.Equal(("Plain Markdown", new DateOnly(2026, 5, 25), "plain", "No front matter here.\n"),
            (note.Title, note.Day, note.Slug, note.Markdown));
    }

    [Fact]
    public void MarkdownIsTheBodyAsWrittenWithoutFrontMatter()
    {
        var note = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\n---\n\nSome *emphasis*.\n");

        Assert.Equal("\nSome *emphasis*.\n", note.Markdown);
    }

    [Fact]
    public void EmptyFrontMatterIsFine()
    {
        var note = TestNotes.Note("---\n---\n# Title\n", "2026-05-25-empty-front.md");

        Assert.Equal(("Title", "empty-front"), (note.Title, note.Slug));
    }

    [Fact]
    public void ARedirectStubIsSkippedWithoutAnError()
    {
        var file = TestNotes.Parse("---\nredirect: /blog/cgo\n---\n", "c-go-cgo.md");

        Assert.Equal(("c-go-cgo.md:1: redirect stub to /blog/cgo: not a note, skipped", false),
            (file.Problem?.ToString(), file.Problem?.IsError));
    }
}
