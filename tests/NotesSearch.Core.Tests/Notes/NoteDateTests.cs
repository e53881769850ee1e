using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteDateTests
{
    [Theory]
    [InlineData("2026-05-25", "2026-05-25T00:00:00+00:00")]
    [InlineData("2024-4-09", "2024-04-09T00:00:00+00:00")]
    [InlineData("2024-4-9", "2024-04-09T00:00:00+00:00")]
    [InlineData("\"2026-05-25\"", "2026-05-25T00:00:00+00:00")]
    [InlineData("2026-05-25T14:30:00+02:00", "2026-05-25T14:30:00+02:00")]
    [InlineData("2026-05-25T14:30:00Z", "2026-05-25T14:30:00+00:00")]
    [InlineData("2026-05-25T14:30:00.250-07:00", "2026-05-25T14:30:00.2500000-07:00")]
    [InlineData("2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43.1000000-05:00")]
    [InlineData("2015-03-20 10:00:00 +0100", "2015-03-20T10:00:00+01:00")]
    public void YamlDatesAreReadInEveryForm(string written, string expected)
    {
        var note = TestNotes.Note($"---\ntitle: T\ndate: {written}\n---\nBody.\n");

        Assert.Equal(DateTimeOffset.Parse(expected), note.Date);
        Assert.Equal(DateTimeOffset.Parse(expected).Offset, note.Date.Offset);
    }

    [Theory]
    [InlineData("2026-05-25T14:30:00+02:00", "2026-05-25T14:30:00+02:00")]
    [InlineData("2026-05-25T14:30:00Z", "2026-05-25T14:30:00+00:00")]
    [InlineData("2026-05-25", "2026-05-25T00:00:00+00:00")]
    [InlineData("2026-05-25T14:30:00", "2026-05-25T14:30:00+00:00")]
    [InlineData("\"2026-05-25\"", "2026-05-25T00:00:00+00:00")]
    public void TomlNativeDatesAreRead(string written, string expected)
    {
        var note = TestNotes.Note($"+++\ntitle = \"T\"\ndate = {written}\n+++\nBody.\n");

        Assert.Equal(DateTimeOffset.Parse(expected), note.Date);
        Assert.Equal(DateTimeOffset.Parse(expected).Offset, note.Date.Offset);
    }

    [Fact]
    public void WithoutDateTheFileNamePrefixIsTheDate()
    {
        var note = TestNotes.Note("---\ntitle: T\n---\nBody.\n", "2026/05/2026-05-25-rl-kernel-cache.md");

        Assert.Equal(new DateTimeOffset(2026, 5, 25, 0, 0, 0, TimeSpan.Zero), note.Date);
    }

    [Fact]
    public void TheFrontMatterDateWinsOverTheFileName()
    {
        var note = TestNotes.Note("---\ntitle: T\ndate: 2026-06-01\n---\nBody.\n", "2026-05-25-moved.md");

        Assert.Equal(new DateOnly(2026, 6, 1), note.Day);
    }

    [Fact]
    public void AFolderNoteTakesItsDateFromTheFolderName()
    {
        var note = TestNotes.Note("---\ntitle: T\n---\nBody.\n", "2026-05-25-bundle/index.md");

        Assert.Equal((new DateOnly(2026, 5, 25), "bundle"), (note.Day, note.Slug));
    }

    [Fact]
    public void DateOnlyIsMidnightWithAZeroOffsetInNoteDay()
    {
        Note note = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\n---\n");

        Assert.Equal(new DateOnly(2026, 5, 25), note.Day);
    }
}
