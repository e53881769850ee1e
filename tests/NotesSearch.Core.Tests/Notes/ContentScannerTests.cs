using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class ContentScannerTests
{
    private static List<NoteFile> Scan(TempContent content, bool includeDrafts = false) =>
        [.. new ContentScanner(new NoteParserOptions { IncludeDrafts = includeDrafts }).Scan(content.Root)];

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
    public void ADuplicateSlugIsAnErrorForTheSecondFileNamingBoth()
    {
        using var content = new TempContent().AddNote("2025/2025-01-01-x.md").AddNote("2026/x.md");

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
