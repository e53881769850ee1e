using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteSectionTests
{
    private const string Good = "---\ntitle: T\ndate: 2026-05-25\n---\nBody.\n";

    [Theory]
    [InlineData("news/meetup.md", "news", "news")]
    [InlineData("Release Notes/v1.md", "release-notes", "Release Notes")]
    [InlineData("mfc/reference/cwnd-class.md", "mfc", "mfc")]
    [InlineData("news/meetup/index.md", "news", "news")]
    public void ANoteIsFiledUnderItsTopLevelFolder(string path, string key, string label)
    {
        Assert.Equal(new Section(key, label), TestNotes.Note(Good, path).Section);
    }

    [Theory]
    [InlineData("meetup.md")]
    [InlineData("meetup/index.md")]
    [InlineData("_posts/2026-05-25-meetup.md")]
    [InlineData("2016/04/19/meetup.md")]
    [InlineData("---/meetup.md")]
    public void ANoteInTheRootABundleThereAYearOrAMachineryFolderHasNoSection(string path)
    {
        Assert.Null(TestNotes.Note(Good, path).Section);
    }

    [Fact]
    public void SectionsNoneFilesNothing()
    {
        var file = TestNotes.Parse(Good, "news/meetup.md", new NoteParserOptions { Conventions = ContentConventions.Default with { Sections = SectionRule.None } });

        Assert.True(file.IsNote);
        Assert.Null(file.Note.Section);
    }

    [Fact]
    public void TheSectionIsPartOfTheHashSoAMovedNoteIsRewritten()
    {
        var inRoot = TestNotes.Note(Good, "meetup.md");
        var inNews = TestNotes.Note(Good, "news/meetup.md");
        var inRelease = TestNotes.Note(Good, "release/meetup.md");
        var off = TestNotes.Parse(Good, "news/meetup.md", new NoteParserOptions { Conventions = ContentConventions.Default with { Sections = SectionRule.None } }).Note!;

        Assert.Equal(3, new[] { inRoot.Hash, inNews.Hash, inRelease.Hash }.Distinct().Count());
        Assert.Equal(inRoot.Hash, off.Hash);
    }

    [Fact]
    public void SiteYmlChoosesTheRule()
    {
        using var none = new TempContent().Add("site.yml", "title: Docs\nsections: none\n");
        using var top = new TempContent().Add("site.yml", "title: Docs\nsections: top-folder\n");
        using var absent = new TempContent().Add("site.yml", "title: Docs\n");

        Assert.Equal(SectionRule.None, SiteInfo.Load(none.Root).Conventions.Sections);
        Assert.Equal(SectionRule.TopFolder, SiteInfo.Load(top.Root).Conventions.Sections);
        Assert.Equal(SectionRule.TopFolder, SiteInfo.Load(absent.Root).Conventions.Sections);
    }

    [Fact]
    public void ABadSectionsValueIsReportedOnItsLine()
    {
        using var content = new TempContent().Add("site.yml", "title: Docs\nsections: by-year\n");

        var site = SiteInfo.Load(content.Root);

        Assert.Equal(SectionRule.TopFolder, site.Conventions.Sections);
        Assert.Equal("site.yml:2: sections 'by-year' is not one of top-folder, none", site.Problem);
    }

    [Fact]
    public void TheScanFilesEachNoteUnderItsFolder()
    {
        using var content = new TempContent().AddNote("news/meetup.md").AddNote("about.md").AddNote("release/v1.md");

        var sections = new ContentScanner(NoteParserOptions.Default).Scan(content.Root)
            .ToDictionary(f => f.Path, f => f.Note!.Section?.Key);

        Assert.Equal(new Dictionary<string, string?> { ["about.md"] = null, ["news/meetup.md"] = "news", ["release/v1.md"] = "release" }, sections);
    }

    [Fact]
    public void TurningSectionsOffRewritesEveryFiledNoteOnTheNextSync()
    {
        using var content = new TempContent().AddNote("news/meetup.md").AddNote("about.md");
        using var directory = new RAMDirectory();
        using var indexer = NoteIndexer.Open(directory);
        indexer.Sync(new ContentScanner(NoteParserOptions.Default).Scan(content.Root));

        var report = indexer.Sync(new ContentScanner(new NoteParserOptions { Conventions = ContentConventions.Default with { Sections = SectionRule.None } }).Scan(content.Root));

        Assert.Equal((1, 1), (report.Indexed, report.Unchanged));
    }

    [Theory]
    [InlineData("news/meetup")]
    [InlineData("docs/mfc/cwnd-class")]
    public void AFrontMatterSlugMayKeepItsFolders(string slug)
    {
        Assert.Equal(slug, TestNotes.Note($"---\ntitle: T\ndate: 2026-05-25\nslug: {slug}\n---\n").Slug);
    }

    [Theory]
    [InlineData("news//meetup")]
    [InlineData("news/../meetup")]
    [InlineData("news/me etup")]
    public void ASlugWithFoldersStillHasOnlyUrlSafeSegments(string slug)
    {
        Assert.Contains("is not URL-safe", TestNotes.Problem($"---\ntitle: T\ndate: 2026-05-25\nslug: \"{slug}\"\n---\n"));
    }
}
