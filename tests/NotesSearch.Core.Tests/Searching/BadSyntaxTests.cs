using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class BadSyntaxTests
{
    private static NoteSearcher Index() => Build(
        Note("unbalanced", "Unbalanced trees", "A tree can be unbalanced.", "2026-01-01"),
        Note("titles", "Title pages", "Every title matters.", "2026-01-02"));

    public static TheoryData<string> Inputs() =>
    [
        "\"unbalanced", "AND", "OR", "NOT", "title:", "((((", "))))", "*", "?", "~", ":", "\\", "^", "!", "&&", "||",
        "a AND", "OR b", "title:(", "\"\"", "[a TO b]", "{a TO", "/regex/", "a^", "a~x", "tree~0.5", "-", "+", "field:value:more",
        "http://example.com/a?b=c", new string('a', 5000), string.Join(' ', Enumerable.Repeat("tree", 3000)),
        "日本語の検索", "🔥🔥 gpu 🚀", "caf\u00e9 na\u00efve", "\u0000\u0001\u202e", "\uE000", "\uE0000", "\ud800", "after:", "before:2026-13-40",
        "((a OR b) AND (c", "title:\"unbalanced", "*tree", "?ree", "t*e", "NOT NOT NOT", "a OR OR b",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void AnythingTypedGivesAnAnswerNotAnError(string query)
    {
        using var searcher = Index();

        var results = searcher.Search(query);

        Assert.NotNull(results.Interpreted);
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void AnUnbalancedQuoteIsSearchedAsPlainWordsWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search("\"unbalanced");

        Assert.Equal(["unbalanced"], results.Slugs());
        Assert.Contains(results.Warnings, w => w.Contains("plain words"));
        Assert.Contains("plain words", results.Interpreted);
    }

    [Fact]
    public void ADanglingScopeIsSearchedAsItsWord()
    {
        using var searcher = Index();

        var results = searcher.Search("title:");

        Assert.Equal(["titles"], results.Slugs());
        Assert.NotEmpty(results.Warnings);
    }

    [Fact]
    public void AnOperatorAloneListsAllNotesWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search("AND");

        Assert.Equal(2, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("no words"));
    }

    [Fact]
    public void OpenParenthesesAloneListAllNotes()
    {
        using var searcher = Index();

        Assert.Equal(2, searcher.Search("((((").Total);
    }

    [Fact]
    public void ALoneWildcardIsLeftOutWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search("*");

        Assert.Equal(2, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("\"*\""));
    }

    [Fact]
    public void ALeadingWildcardIsSearchedAsTheWord()
    {
        using var searcher = Index();

        var results = searcher.Search("*balanced");

        Assert.Empty(results.Slugs());
        Assert.Contains(results.Warnings, w => w.Contains("Wildcards cannot start"));
    }

    [Fact]
    public void AVeryLongQueryIsCutWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search("unbalanced " + new string('x', 5000));

        Assert.Contains(results.Warnings, w => w.Contains("1000 characters"));
    }

    [Fact]
    public void TooManyWordsAreCutWithAWarning()
    {
        using var searcher = Index();

        var results = searcher.Search("unbalanced " + string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)) + " OR tree");

        Assert.Contains(results.Warnings, w => w.Contains("only the first 64"));
    }
}
