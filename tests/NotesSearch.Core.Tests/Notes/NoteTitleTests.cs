namespace NotesSearch.Core.Tests.Notes;

public class NoteTitleTests
{
    [Fact]
    public void TitleComesFromFrontMatter()
    {
        var note = TestNotes.Note("""
            ---
            title: "Go: one year ago today"
            date: 2026-05-25
            ---
            # A heading that is not the title
            """);

        Assert.Equal("Go: one year ago today", note.Title);
    }

    [Fact]
    public void TitleKeyIsCaseInsensitive()
    {
        var note = TestNotes.Note("---\nTITLE: Shouting\nDate: 2026-05-25\n---\nBody.\n");

        Assert.Equal("Shouting", note.Title);
    }

    [Fact]
    public void WithoutTitleTheFirstLevelOneHeadingIsTheTitleAsPlainText()
    {
        var note = TestNotes.Note("""
            ---
            date: 2026-05-25
            ---
            ## Not this one

            # The *KV cache* and `vLLM`

            Body.
            """);

        Assert.Equal("The KV cache and vLLM", note.Title);
    }

    [Fact]
    public void WithoutTitleOrHeadingTheFileNameIsTheTitle()
    {
        var note = TestNotes.Note("---\ndate: 2026-05-25\n---\nJust a paragraph.\n", "2026/05/2026-05-25-rl-kernel-cache.md");

        Assert.Equal("rl kernel cache", note.Title);
    }

    [Fact]
    public void ASetextHeadingIsNotTakenAsTheTitle()
    {
        var note = TestNotes.Note("---\ndate: 2026-05-25\n---\nUnderlined\n==========\n", "plain-name.md");

        Assert.Equal("plain name", note.Title);
    }
}
