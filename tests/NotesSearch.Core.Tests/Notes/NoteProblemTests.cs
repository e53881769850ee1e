using System.Text;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteProblemTests
{
    [Fact]
    public void FrontMatterThatDoesNotParseNamesTheLine() =>
        Assert.StartsWith("2026/bad.md:4: front matter does not parse:",
            TestNotes.Problem("---\ntitle: T\ndate: 2026-05-25\nsummary: \"unclosed\n  quote\ntopics: [a\n---\n", "2026/bad.md"));

    [Fact]
    public void BadIndentationInFrontMatterNamesTheLine() =>
        Assert.StartsWith("bad.md:3: front matter does not parse:",
            TestNotes.Problem("---\ntitle: T\n  date: 2026-05-25\n---\n", "bad.md"));

    [Fact]
    public void TomlThatDoesNotParseNamesTheLine() =>
        Assert.StartsWith("bad.md:3: front matter does not parse: Unexpected token",
            TestNotes.Problem("+++\ntitle = \"T\"\ndate = yesterday\n+++\n", "bad.md"));

    [Fact]
    public void UnclosedFrontMatterIsAnErrorOnLineOne() =>
        Assert.Equal("open.md:1: front matter opened with '---' on line 1 is never closed (no '---' line after it)",
            TestNotes.Problem("---\ntitle: T\ndate: 2026-05-25\n\nBody that never ends the front matter.\n", "open.md"));

    [Fact]
    public void ADateThatIsNotADateNamesTheValueAndTheLineOfTheKey() =>
        Assert.Equal("when.md:4: date 'last Tuesday' is not a date: use YYYY-MM-DD or a time with its zone such as 2026-05-25T14:30:00+02:00",
            TestNotes.Problem("---\ntitle: T\ntopics: [a]\ndate: last Tuesday\n---\n", "when.md"));

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("05/25/2026")]
    [InlineData("2026")]
    public void ImpossibleOrAmbiguousDatesAreErrors(string date) =>
        Assert.StartsWith($"n.md:3: date '{date}' is not a date", TestNotes.Problem($"---\ntitle: T\ndate: {date}\n---\n", "n.md"));

    [Fact]
    public void ATomlTimeWithoutADateIsNotADate() =>
        Assert.StartsWith("n.md:3: date '10:00:00' is not a date", TestNotes.Problem("+++\ntitle = \"T\"\ndate = 10:00:00\n+++\n", "n.md"));

    [Fact]
    public void NoDateAnywhereIsAnError() =>
        Assert.Equal("notes/undated.md:1: no date: add 'date: YYYY-MM-DD' to the front matter, or start the file name with YYYY-MM-DD-",
            TestNotes.Problem("---\ntitle: T\n---\nBody.\n", "notes/undated.md"));

    [Theory]
    [InlineData("a//b")]
    [InlineData("../up")]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    public void AnUnsafeSlugIsAnErrorOnItsLine(string slug) =>
        Assert.Equal($"n.md:4: slug '{slug}' is not URL-safe: use letters a-z, digits, '-', '_' and '.', and '/' between folders",
            TestNotes.Problem($"---\ntitle: T\ndate: 2026-05-25\nslug: \"{slug}\"\n---\n", "n.md"));

    [Fact]
    public void InvalidUtf8NamesTheLineAndTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: T\ndate: 2026-05-25\n---\ncaf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        Assert.Equal("latin1.md:5: invalid UTF-8 at byte offset 37 (0xE9): save the file as UTF-8",
            TestNotes.ProblemOf(new NoteParser().Parse("latin1.md", bytes)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n ")]
    public void AnEmptyFileIsAnError(string text) =>
        Assert.Equal("empty.md:1: empty file", TestNotes.Problem(text, "empty.md"));

    [Fact]
    public void ABinaryFileNamedMdIsAnError()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        Assert.Equal("image.md:1: binary file, not Markdown", TestNotes.ProblemOf(new NoteParser().Parse("image.md", png)));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsAnError()
    {
        var options = new NoteParserOptions { MaxFileBytes = 1024 };
        var text = "---\ntitle: T\ndate: 2026-05-25\n---\n" + new string('x', 2048);

        Assert.Equal("big.md:1: file is 2 KB, over the 1 KB limit", TestNotes.ProblemOf(TestNotes.Parse(text, "big.md", options)));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsReportedWithoutReadingIt()
    {
        using var content = new TempContent().Add("big.md", new byte[6_500_000]);

        var file = new NoteParser().ReadFile(content.Root, Path.Combine(content.Root, "big.md"));

        Assert.Equal("big.md:1: file is 6.2 MB, over the 5 MB limit", TestNotes.ProblemOf(file));
    }

    [Fact]
    public void ADraftValueThatIsNeitherTrueNorFalseIsAnError() =>
        Assert.Equal("n.md:4: draft 'ture' is neither true nor false",
            TestNotes.Problem("---\ntitle: T\ndate: 2026-05-25\ndraft: ture\n---\n", "n.md"));

    [Fact]
    public void AListWhereTextIsExpectedIsAnError() =>
        Assert.Equal("n.md:2: title must be text, not a list or a table",
            TestNotes.Problem("---\ntitle: [a, b]\ndate: 2026-05-25\n---\n", "n.md"));

    [Fact]
    public void FrontMatterThatIsNotKeysAndValuesIsAnError() =>
        Assert.Equal("n.md:2: front matter is not a list of 'key: value' lines",
            TestNotes.Problem("---\n- just\n- a list\n---\n", "n.md"));
}
