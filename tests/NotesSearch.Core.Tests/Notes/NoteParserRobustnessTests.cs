using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>No input makes the parser throw: every file is a note or one problem line.</summary>
public class NoteParserRobustnessTests
{
    // Pieces that mean something to YAML, TOML and Markdown, so random strings of them reach
    // the parsers' error paths instead of being plain text.
    private static readonly string[] Pieces =
    [
        "---\n", "+++\n", "\n", "  ", "title", "date", "tags", "slug", "draft", "redirect", ":", " = ", ": ", "-", "- ",
        "[", "]", "{", "}", "\"", "'", ",", "&a ", "*a", "!!str ", "#", "|", ">", "?", "2026-05-25", "10:00:00",
        "true", "x", "é", "\t", "\r\n", "<script>", "`", "```", "> ", "[^1]", "![a](b)", "\u00A0", "\uFEFF",
    ];

    private static bool IsNoteOrOneLine(NoteFile file) =>
        file.IsNote ? file.Problem is null : !file.Problem.ToString().Contains('\n');

    [Fact]
    public void AnyMixOfFrontMatterPiecesGivesANoteOrOneProblemLine()
    {
        var texts = Gen.Elements(Pieces).ListOf().Select(string.Concat).Select(s => "---\n" + s);
        var parser = new NoteParser();

        Prop.ForAll(texts.ToArbitrary(), text => IsNoteOrOneLine(parser.Parse("fuzz.md", Encoding.UTF8.GetBytes(text))))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyBytesGiveANoteOrOneProblemLine()
    {
        var parser = new NoteParser();

        Prop.ForAll<byte[]>(bytes => IsNoteOrOneLine(parser.Parse("2026-05-25-fuzz.md", bytes)))
            .QuickCheckThrowOnFailure();
    }
}
