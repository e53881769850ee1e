using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Snippets read as typeset text (issue 13): dashes for <c>--</c>, no "…" after a full stop.</summary>
public sealed class SnippetTypographyTests
{
    [Theory]
    [InlineData("at the kernel level -- prefill on half", "at the kernel level – prefill on half")]
    [InlineData("Boardfly --- a high-radix topology", "Boardfly — a high-radix topology")]
    [InlineData("a <mark>run</mark> -- before huge pages", "a <mark>run</mark> – before huge pages")]
    [InlineData("run `notes index --full` again", "run `notes index --full` again")]
    [InlineData("x--y and &lt;!-- a comment --&gt;", "x--y and &lt;!-- a comment --&gt;")]
    public void DoubleHyphensBetweenWordsAreDashesAndOptionsStayAsTyped(string html, string expected) =>
        Assert.Equal(expected, SnippetTypography.Snippet(html));

    [Theory]
    [InlineData("…the agent takes an action.…", "…the agent takes an action.")]
    [InlineData("did it <mark>work</mark>?…", "did it <mark>work</mark>?")]
    [InlineData("the <mark>end.</mark>…", "the <mark>end.</mark>")]
    [InlineData("a sentence cut in the middle…", "a sentence cut in the middle…")]
    [InlineData("version 1.…2", "version 1.…2")]
    public void AnEllipsisDoesNotFollowAFullStop(string html, string expected) =>
        Assert.Equal(expected, SnippetTypography.Snippet(html));

    [Fact]
    public void ASearchHitsSnippetAndTitleGetTheirDashes()
    {
        using var searcher = TestIndex.Build(
            TestIndex.Note("dash-note", "Prefill -- decode split", "Bullet splits the chip -- prefill on half, decode on the other."));

        var hit = Assert.Single(searcher.Search(new SearchRequest { Query = "bullet" }).Hits);

        Assert.Equal("Prefill – decode split", hit.TitleHtml);
        Assert.Contains("chip – prefill", hit.Snippet);
    }
}
