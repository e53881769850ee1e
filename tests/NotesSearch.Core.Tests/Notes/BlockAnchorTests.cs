using AngleSharp.Html.Parser;

namespace NotesSearch.Core.Tests.Notes;

public class BlockAnchorTests
{
    private const string Original = """
        ---
        title: Anchors
        date: 2026-04-01
        ---
        The first paragraph talks about the KV cache.

        ## Why it matters

        The second paragraph is about the NIC hop.

        - an item about RDMA
        - another item
          - a nested item

        ```go
        fmt.Println("code")
        ```

        The last paragraph.
        """;

    [Fact]
    public void EveryParagraphListItemAndCodeBlockHasAnAnchorAndHeadingsKeepTheirIds()
    {
        var ids = Ids(TestNotes.Note(Original).Html);

        Assert.Equal(8, ids.Count);
        Assert.Contains("why-it-matters", ids);
        Assert.All(ids.Where(id => id != "why-it-matters"), id => Assert.Matches("^p-[0-9a-f]{6}$", id));
    }

    [Fact]
    public void EditingOneParagraphChangesOnlyItsOwnAnchor()
    {
        var before = Ids(TestNotes.Note(Original).Html);
        var edited = Original.Replace("about the NIC hop.", "about the NIC hop, rewritten.", StringComparison.Ordinal)
            .Replace("- a nested item", "- a nested item, edited", StringComparison.Ordinal);

        var after = Ids(TestNotes.Note(edited).Html);

        // The paragraph and the nested item changed; their parent item (own text unchanged) and every other block kept theirs.
        Assert.Equal(2, before.Except(after).Count());
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.Count - 2, before.Intersect(after).Count());
    }

    [Fact]
    public void InsertingAParagraphKeepsEveryOtherAnchor()
    {
        var before = Ids(TestNotes.Note(Original).Html);

        var after = Ids(TestNotes.Note(Original.Replace("## Why", "A new paragraph.\n\n## Why", StringComparison.Ordinal)).Html);

        Assert.Equal(before, after.Where(before.Contains));
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void RepeatedParagraphsGetNumberedAnchors()
    {
        var ids = Ids(TestNotes.Note("---\ntitle: t\ndate: 2026-04-01\n---\nSame text.\n\nSame  TEXT.\n\nSame text.\n").Html);

        Assert.Equal([ids[0], ids[0] + "-2", ids[0] + "-3"], ids);
    }

    [Fact]
    public void AnchorsRecordWhereEachBlockStartsInThePlainText()
    {
        var note = TestNotes.Note(Original);

        var second = note.Anchors.Single(a => note.Text[a.Start..].StartsWith("The second paragraph", StringComparison.Ordinal));

        Assert.Contains($"id=\"{second.Id}\">The second paragraph", note.Html, StringComparison.Ordinal);
        Assert.Equal(note.Anchors.OrderBy(a => a.Start), note.Anchors);
    }

    private static List<string> Ids(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
}
