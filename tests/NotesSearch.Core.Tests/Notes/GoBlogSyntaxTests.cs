using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>The Go blog's template actions in every article: none is left in the indexed text.</summary>
public class GoBlogSyntaxTests
{
    [Fact]
    public void NoTemplateActionIsLeftInAnyArticlesText()
    {
        var notes = new ContentScanner(NoteParserOptions.Default).Scan(RepoPaths.GoBlogPosts).Where(f => f.IsNote).Select(f => f.Note!).ToList();

        Assert.Empty(notes.Where(n => n.Text.Contains("{{raw", StringComparison.Ordinal) || n.Text.Contains("{{video", StringComparison.Ordinal)
            || n.Text.Contains("{{image", StringComparison.Ordinal) || n.Text.Contains("{{code", StringComparison.Ordinal)).Select(n => n.Path));
    }
}
