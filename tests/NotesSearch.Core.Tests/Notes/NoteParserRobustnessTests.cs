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
        "[[t]]", "[t]", "\"\"\"", "'''", "=", ".", "1979-05-27T07:32:00Z", "inf", "0x1F", "\\u00", "*", "_",
    ];

    private static bool IsNoteOrOneLine(NoteFile file) =>
        file.IsNote ? file.Problem is null : !file.Problem.ToString().Contains('\n');

    [Fact]
    public void AnyMixOfFrontMatterPiecesGivesANoteOrOneProblemLine()
    {
        var texts = Gen.Elements("---\n", "+++\n").SelectMany(fence => Gen.Elements(Pieces).ListOf(), (fence, pieces) => fence + string.Concat(pieces));
        var parser = new NoteParser();

        Prop.ForAll(texts.ToArbitrary(), text => IsNoteOrOneLine(parser.Parse("fuzz.md", Encoding.UTF8.GetBytes(text))))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void AnyBytesGiveANoteOrOneProblemLine()
    {
        var parser = new NoteParser();

        Prop.ForAll<byte[]>(bytes => IsNoteOrOneLine(parser.Parse("2026-05-25-fuzz.md", bytes)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void EmphasisNestedThousandsDeepIsAProblemNotAStackOverflow() =>
        Assert.Equal("deep.md:1: Markdown nested too deeply to read: more than 256 levels of emphasis or links",
            TestNotes.Problem("---\ntitle: T\ndate: 2026-05-25\n---\n" + new string('*', 20_000) + "x" + new string('*', 20_000), "deep.md"));

    [Fact]
    public void BlocksNestedBeyondMarkdigsLimitAreAProblem() =>
        Assert.StartsWith("deep.md:1: Markdown nested too deeply to read:",
            TestNotes.Problem("---\ntitle: T\ndate: 2026-05-25\n---\n" + new string('>', 2_000) + " quote", "deep.md"));

    [Fact]
    public void TheRendererShowsOverlyNestedMarkdownAsEscapedText() =>
        Assert.StartsWith("<pre>&gt;&gt;&gt;", NoteHtmlRenderer.ToHtml(new string('>', 2_000) + " <script>"));

    [Theory]
    [InlineData("---\ntitle: x\ndate: [2020\nfoo: : bar\n---\n")]
    [InlineData("---\n\t:  slug&a ```\"[  ---\n---\n")]
    public void YamlThatYamlDotNetChokesOnIsStillJustAProblem(string text)
    {
        var problem = TestNotes.Problem(text, "2026-05-25-x.md");
        Assert.Contains("front matter does not parse", problem);
        Assert.DoesNotContain("Operation is not valid", problem);
    }
}
