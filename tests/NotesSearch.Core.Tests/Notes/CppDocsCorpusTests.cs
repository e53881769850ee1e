using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>
/// A DocFX documentation set as Microsoft keeps it (tests/corpora/cpp-docs/SOURCE.md): US dates in
/// <c>ms.date</c>, <c>ms.topic</c>, includes, alerts, <c>:::</c> directives, 14 file names used twice.
/// </summary>
public class CppDocsCorpusTests
{
    private static IReadOnlyList<NoteFile> Files => CppDocsCorpus.Files;

    private static Note NoteAt(string path) => Files.Single(f => f.Path == path).Note!;

    [Fact]
    public void EveryPageIsANoteExceptTheSixIncludeSnippetsAndNothingIsBad()
    {
        Assert.Equal(9746, Files.Count);
        Assert.Equal(9740, Files.Count(f => f.IsNote));
        Assert.Equal(
            ["atl-mfc-shared/includes/lifecycle-note.md", "atl/includes/lifecycle-note.md", "error-messages/includes/error-boilerplate.md",
             "get-started/includes/git-source-control.md", "mfc/includes/note_settings_general_md.md", "overview/includes/note_security_samplecode_md.md"],
            Files.Where(f => !f.IsNote).Select(f => f.Path));
        Assert.All(Files.Where(f => !f.IsNote), f => Assert.Equal(
            (false, "include snippet: not a note, skipped (it is shown where a note includes it)"), (f.Problem!.IsError, f.Problem.Message)));
    }

    [Theory]
    [InlineData("intrinsics/assume.md", "intrinsics/assume", "__assume", 2022, 8, 3, "")]
    [InlineData("assembler/masm/assume.md", "assembler/masm/assume", "ASSUME", 2019, 11, 5, "")]
    [InlineData("mfc/reference/cwnd-class.md", "mfc/reference/cwnd-class", "CWnd Class", 2021, 8, 25, "")]
    [InlineData("code-quality/c26839.md", "code-quality/c26839", "Warning C26839", 2025, 1, 10, "reference")]
    [InlineData("overview/acquire-msvc.md", "overview/acquire-msvc", "Install the Microsoft C++ (MSVC) Build Tools", 2026, 7, 13, "how-to")]
    public void SlugsTitlesDatesAndTopicsAreAsInTheFiles(string path, string slug, string title, int year, int month, int day, string topics)
    {
        var note = NoteAt(path);

        Assert.Equal((slug, title, new DateOnly(year, month, day), topics),
            (note.Slug, note.Title, note.Day, string.Join(",", note.Topics.Select(t => t.Key))));
    }

    [Fact]
    public void FileNamesUsedTwiceGiveTwoNotesAndEverySlugIsUnique()
    {
        var notes = Files.Where(f => f.IsNote).Select(f => f.Note!).ToList();

        Assert.Equal(notes.Count, notes.Select(n => n.Slug).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(2, notes.Count(n => n.Slug.EndsWith("/translation-unit-type", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheErrorBoilerplateIncludeIsShownWhereItIsIncluded()
    {
        var note = NoteAt("error-messages/compiler-warnings/compiler-warnings-c4800-through-c4999.md");

        Assert.Contains("Not every Visual Studio error or warning is documented.", note.Text);
        Assert.DoesNotContain("INCLUDE", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDocFxSyntaxIsLeftInAnyNotesText()
    {
        var raw = Files.Where(f => f.IsNote)
            .Where(f => f.Note!.Text.Contains("[!INCLUDE", StringComparison.OrdinalIgnoreCase) || f.Note.Text.Contains("[!NOTE]", StringComparison.Ordinal)
                || f.Note.Text.Contains(":::image", StringComparison.Ordinal) || f.Note.Text.Contains(":::moniker", StringComparison.Ordinal)
                || f.Note.Text.Contains(":::column", StringComparison.Ordinal) || f.Note.Text.Contains("[!div", StringComparison.Ordinal))
            .Select(f => f.Path).ToList();

        Assert.Empty(raw);
    }

    [Fact]
    public void NoDocFxSyntaxIsLeftInTheHtmlOfEveryTenthPageThatUsesIt()
    {
        var pages = Files.Where(f => f.IsNote)
            .Where(f => File.ReadAllText(Path.Combine(CppDocsCorpus.Root, f.Path)) is var raw && (raw.Contains("[!", StringComparison.Ordinal) || raw.Contains(":::", StringComparison.Ordinal)))
            .Where((_, i) => i % 10 == 0).ToList();

        var raw = pages.Where(f => NoteHtmlRenderer.ToHtml(f.Note!.Markdown) is var html
            && (html.Contains("[!", StringComparison.Ordinal) || html.Contains(":::image", StringComparison.Ordinal) || html.Contains(":::moniker", StringComparison.Ordinal)
                || html.Contains(":::row", StringComparison.Ordinal) || html.Contains(":::column", StringComparison.Ordinal)))
            .Select(f => f.Path);

        Assert.True(pages.Count > 250, $"only {pages.Count} pages sampled");
        Assert.Empty(raw);
    }
}
