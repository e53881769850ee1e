using NotesSearch.Core.Searching;
using NotesSearch.Core.Tests.Notes;

namespace NotesSearch.Core.Tests.Searching;

public class ParagraphLinkTests
{
    private const string Note = """
        ---
        title: Serving notes
        date: 2026-04-01
        ---
        The opening paragraph says nothing in particular about anything at all.

        A middle paragraph that is long enough to be its own snippet and mentions the zanzibar protocol once.

        - a list item about quokkas and their habits

        The closing paragraph.
        """;

    [Fact]
    public void AHitLinksToTheParagraphItsSnippetCameFrom()
    {
        var note = TestNotes.Note(Note);
        using var searcher = TestIndex.Build(note);

        var hit = searcher.Search("zanzibar").Hits.Single();

        var paragraph = note.Anchors.Single(a => note.Text[a.Start..].StartsWith("A middle paragraph", StringComparison.Ordinal));
        Assert.Equal(paragraph.Id, hit.Anchor);
        Assert.Equal($"/notes/{note.Slug}?q=zanzibar#{paragraph.Id}", hit.MatchUrl);
        Assert.Contains($"id=\"{paragraph.Id}\">A middle paragraph", note.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AHitInAListItemLinksToTheItem()
    {
        var note = TestNotes.Note(Note);
        using var searcher = TestIndex.Build(note);

        var hit = searcher.Search("quokkas").Hits.Single();

        Assert.Contains($"<li id=\"{hit.Anchor}\">a list item about quokkas", note.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AHitWhoseSnippetIsNotFromTheBodyLinksToThePageWithItsWords()
    {
        using var searcher = TestIndex.Build(TestNotes.Note("---\ntitle: Wombat facts\ndate: 2026-04-01\nsummary: about burrows\n---\nNothing here.\n"));

        var hit = searcher.Search("burrows").Hits.Single();

        Assert.Null(hit.Anchor);
        Assert.Equal("/notes/note?q=burrows", hit.MatchUrl);
    }

    [Fact]
    public void AListingWithoutWordsLinksToTheNoteItself()
    {
        using var searcher = TestIndex.Build(TestNotes.Note(Note));

        var hit = searcher.Search(new SearchRequest()).Hits.Single();

        Assert.Equal(hit.Url, hit.MatchUrl);
        Assert.Null(hit.Anchor);
    }
}
