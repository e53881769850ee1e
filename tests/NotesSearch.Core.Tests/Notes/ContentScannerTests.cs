using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class ContentScannerTests
{
    private static List<NoteFile> Scan(TempContent content, bool includeDrafts = false) =>
        [.. new ContentScanner(new NoteParserOptions { IncludeDrafts = includeDrafts }.WithConventionsOf(content.Root)).Scan(content.Root)];

    [Fact]
    public void EveryMarkdownFileIsReadInOrdinalPathOrderWithSlashes()
    {
        using var content = new TempContent()
            .AddNote("b.md").AddNote("a/z.md").AddNote("a-b/x.md").AddNote("a.md").AddNote("2026/05/2026-05-25-deep.md")
            .Add("site.yml", "title: Notes\n").Add("synonyms.txt", "moe, mixture of experts\n");

        Assert.Equal(["2026/05/2026-05-25-deep.md", "a-b/x.md", "a.md", "a/z.md", "b.md"], Scan(content).Select(f => f.Path));
    }

    [Fact]
    public void HiddenFoldersAreSkipped()
    {
        using var content = new TempContent().AddNote("note.md").AddNote(".git/x.md").AddNote(".obsidian/y.md").AddNote("sub/.hidden/z.md");

        Assert.Equal(["note.md"], Scan(content).Select(f => f.Path));
    }

    [Fact]
    public void TheSameFileNameInTwoFoldersGivesTwoNotesWhoseSlugsKeepTheirFolders()
    {
        using var content = new TempContent().AddNote("meetup.md").AddNote("news/meetup.md").AddNote("news/2026/2026-01-02-meetup.md");

        Assert.Equal(["meetup.md: note 'meetup'", "news/2026/2026-01-02-meetup.md: note 'news/2026/meetup'", "news/meetup.md: note 'news/meetup'"],
            Scan(content).Select(f => f.ToString()));
    }

    [Fact]
    public void MarkdownAndMdxFilesAreReadAndOthersAreNot()
    {
        using var content = new TempContent().AddNote("a.md").AddNote("b.markdown").AddNote("c.mdx").AddNote("d.MD").AddNote("e.txt").AddNote("f.md.bak");

        Assert.Equal(["a.md", "b.markdown", "c.mdx", "d.MD"], Scan(content).Where(f => f.IsNote).Select(f => f.Path));
    }

    [Fact]
    public void AHiddenMarkdownFileIsSkippedWithAReason()
    {
        using var content = new TempContent().AddNote("note.md").AddNote(".#note.md");

        Assert.Equal([".#note.md:1: hidden file (its name starts with '.'): not read", "note.md: note 'note'"],
            Scan(content).Select(f => f.ToString()));
    }

    [Fact]
    public void ADuplicateSlugIsAnErrorForTheSecondFileNamingBoth()
    {
        // With 'slugs: name' the folders are not part of the slug, so two x.md collide.
        using var content = new TempContent().Add("site.yml", "slugs: name\n").AddNote("2025/2025-01-01-x.md").AddNote("2026/x.md");

        var files = Scan(content);

        Assert.Equal(["2025/2025-01-01-x.md: note 'x'", "2026/x.md:1: duplicate slug 'x': also used by 2025/2025-01-01-x.md"],
            files.Select(f => f.ToString()));
    }

    [Fact]
    public void AFrontMatterSlugCanCollideWithAFileName()
    {
        using var content = new TempContent().AddNote("a.md", extra: "slug: Shared\n").AddNote("shared.md");

        Assert.Equal("shared.md:1: duplicate slug 'shared': also used by a.md", Scan(content)[1].Problem?.ToString());
    }

    [Fact]
    public void DraftsAreLeftOutWithoutAnError()
    {
        using var content = new TempContent().AddNote("draft.md", extra: "draft: true\n").AddNote("done.md");

        var files = Scan(content);

        Assert.Equal(["done.md: note 'done'", "draft.md:1: draft: left out (index with --drafts to include it)"],
            files.Select(f => f.ToString()));
        Assert.False(files[1].Problem!.IsError);
    }

    [Fact]
    public void DraftsAreKeptWhenAskedFor()
    {
        using var content = new TempContent().AddNote("draft.md", extra: "draft: true\n");

        Assert.True(Scan(content, includeDrafts: true).Single().Note?.Draft);
    }

    [Fact]
    public void ABadNoteDoesNotStopTheOthers()
    {
        using var content = new TempContent().AddNote("a.md").Add("b.md", "---\ntitle: [\n---\n").Add("c.md", [0xFF, 0xFE, 0]).AddNote("d.md");

        Assert.Equal([true, false, false, true], Scan(content).Select(f => f.IsNote));
    }

    [Fact]
    public void AMissingContentFolderThrowsAtOnce() =>
        Assert.Throws<DirectoryNotFoundException>(() => new ContentScanner(NoteParserOptions.Default).Scan("/no/such/folder"));

    [Fact]
    public void ManyFilesComeBackInOrderWhileParsedInParallel()
    {
        using var content = new TempContent();
        for (var i = 0; i < 500; i++)
            content.AddNote($"{i % 7}/n{i:D4}.md");

        var paths = Scan(content).Select(f => f.Note!.Path).ToList();

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(500, paths.Count);
    }
}
