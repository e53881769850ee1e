using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteSummarySlugDraftTests
{
    [Theory]
    [InlineData("summary")]
    [InlineData("description")]
    [InlineData("subtitle")]
    public void SummaryIsReadFromItsKeyAndAliases(string key)
    {
        var note = TestNotes.Note($"---\ntitle: T\ndate: 2026-05-25\n{key}: One line about it.\n---\n");

        Assert.Equal("One line about it.", note.Summary);
    }

    [Fact]
    public void SummaryWinsOverItsAliasesAndIsEmptyWhenAbsent()
    {
        var both = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\ndescription: second\nsummary: first\n---\n");
        var none = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\n---\n");

        Assert.Equal(("first", ""), (both.Summary, none.Summary));
    }

    [Fact]
    public void SlugComesFromFrontMatterAsWritten()
    {
        var note = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\nslug: go1.21_Release\n---\n", "2026-05-25-other.md");

        Assert.Equal("go1.21_Release", note.Slug);
    }

    [Fact]
    public void SlugIsTheFoldersAndTheFileNameWithoutTheDatePrefix()
    {
        var note = TestNotes.Note("---\ntitle: T\n---\n", "2026/05/2026-05-25-rl-kernel-cache.md");

        Assert.Equal(("2026/05/rl-kernel-cache", "2026/05/2026-05-25-rl-kernel-cache.md"), (note.Slug, note.Path));
    }

    [Fact]
    public void WithSlugsByNameTheFoldersAreLeftOut()
    {
        var options = new NoteParserOptions { Conventions = new ContentConventions { Slugs = SlugRule.Name } };

        var file = TestNotes.Parse("---\ntitle: T\n---\n", "2026/05/2026-05-25-rl-kernel-cache.md", options);

        Assert.Equal("rl-kernel-cache", file.Note?.Slug);
    }

    [Fact]
    public void AnIndexFileTakesItsFolderNameAsSlug()
    {
        var note = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\n---\n", "notes/my-note/index.md");

        Assert.Equal("notes/my-note", note.Slug);
    }

    [Fact]
    public void JekyllPostsTakeTheirDateFromTheNameAndLeaveUnderscoreFoldersOutOfTheSlug()
    {
        var note = TestNotes.Note("---\nlayout: post\ntitle: T\n---\n", "_posts/2019-03-04-hello-world.markdown");

        Assert.Equal(("hello-world", new DateOnly(2019, 3, 4)), (note.Slug, note.Day));
    }

    [Theory]
    [InlineData("path = \"2016/04/19/my-post\"", "2016/04/19/my-post")]
    [InlineData("url = \"/2016/04/19/my-post/\"", "2016/04/19/my-post")]
    [InlineData("permalink = \"/blog/my-post.html\"", "blog/my-post")]
    [InlineData("slug = \"/my-post\"", "my-post")]
    [InlineData("path = \"a/b\"\nslug = \"c\"", "a/b")]
    [InlineData("url = \"https://elsewhere.example/x\"", "posts/note")]
    [InlineData("permalink = \"/:year/:title/\"", "posts/note")]
    public void APathUrlPermalinkOrSlugKeyWins(string key, string slug)
    {
        var note = TestNotes.Note($"+++\ntitle = \"T\"\ndate = 2026-05-25\n{key}\n+++\n", "posts/note.md");

        Assert.Equal(slug, note.Slug);
    }

    [Fact]
    public void AFileNameThatIsNotUrlSafeGivesANormalisedSlug()
    {
        var note = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\n---\n", "Café Notes (draft 2).md");

        Assert.Equal("cafe-notes-draft-2", note.Slug);
    }

    [Fact]
    public void DraftTrueMarksTheNoteAsADraft()
    {
        var draft = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\ndraft: true\n---\n");
        var published = TestNotes.Note("---\ntitle: T\ndate: 2026-05-25\ndraft: false\n---\n");

        Assert.Equal((true, false), (draft.Draft, published.Draft));
    }

    [Fact]
    public void UnknownKeysAreIgnored()
    {
        var note = TestNotes.Note("""
            ---
            title: T
            date: 2026-05-25
            by:
            - Russ Cox
            template: true
            params: { weight: 3 }
            ---
            Body.
            """);

        Assert.Equal("T", note.Title);
    }

    [Fact]
    public void TheHashIsTheSha256OfTheFileBytes()
    {
        const string text = "---\ntitle: T\ndate: 2026-05-25\n---\n";
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, TestNotes.Note(text).Hash);
    }
}
