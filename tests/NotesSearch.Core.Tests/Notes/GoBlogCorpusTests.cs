using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>The Go blog, as its authors keep it: real front matter, real Markdown, real oddities.</summary>
public class GoBlogCorpusTests
{
    private static readonly List<NoteFile> Files = [.. new ContentScanner(NoteParserOptions.Default).Scan(RepoPaths.GoBlogPosts)];

    [Fact]
    public void EveryFileIsEitherANoteOrAOneLineProblem()
    {
        Assert.Equal(336, Files.Count);
        Assert.All(Files.Where(f => !f.IsNote), f => Assert.DoesNotContain('\n', f.Problem!.ToString()));
    }

    [Fact]
    public void TheSixtyRedirectStubsAreSkippedWithoutErrors()
    {
        var stubs = Files.Where(f => f.Problem is { IsError: false } && f.Problem.Message.StartsWith("redirect", StringComparison.Ordinal)).ToList();

        Assert.Equal(60, stubs.Count);
        Assert.All(stubs, f => Assert.Matches(@"^[\w.-]+\.md:1: redirect stub to /\S+: not a note, skipped$", f.Problem!.ToString()));
    }

    [Fact]
    public void EveryArticleWithADateIsANote()
    {
        Assert.Equal(274, Files.Count(f => f.IsNote));
    }

    [Fact]
    public void TheTwoIndexPagesAreSkippedAsPagesAndNothingIsAnError()
    {
        Assert.Equal(
            ["all.md:1: page with a template and no date: not a note, skipped",
             "index.md:1: page with a template and no date: not a note, skipped"],
            Files.Where(f => f.Problem is { IsError: false } && !f.Problem.Message.StartsWith("redirect", StringComparison.Ordinal)).Select(f => f.Problem!.ToString()));
        Assert.DoesNotContain(Files, f => f.Problem is { IsError: true });
    }

    [Fact]
    public void AOneDigitMonthIsStillADate()
    {
        var survey = Files.Single(f => f.Path == "survey2024-h1-results.md").Note!;

        Assert.Equal(new DateOnly(2024, 4, 9), survey.Day);
    }

    [Fact]
    public void TitlesTagsAndSummariesComeThrough()
    {
        var alias = Files.Single(f => f.Path == "alias-names.md").Note!;

        Assert.Equal(("alias-names", "What's in an (Alias) Name?", "type-aliases,type-parameters,generics"),
            (alias.Slug, alias.Title, string.Join(",", alias.Topics.Select(t => t.Key))));
        Assert.StartsWith("A description of generic alias types", alias.Summary);
    }
}
