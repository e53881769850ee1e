using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>Dates, topics and page kinds as Hugo, Zola, Jekyll, Docusaurus and DocFX write them.</summary>
public class BlogConventionTests
{
    [Theory]
    [InlineData("ms.date: 11/04/2016", 2016, 11, 4)]
    [InlineData("ms.date: \"1/10/2025\"", 2025, 1, 10)]
    [InlineData("publishDate: 2021-06-01T10:00:00-07:00", 2021, 6, 1)]
    [InlineData("pubDate: 2020-02-29", 2020, 2, 29)]
    [InlineData("date: 2020-02-29T23:30:00+09:00\npublishDate: 2021-01-01", 2020, 2, 29)]
    public void DatesComeFromTheKeysEachToolUses(string frontMatter, int year, int month, int day)
    {
        var note = TestNotes.Note($"---\ntitle: T\n{frontMatter}\n---\nBody.\n");

        Assert.Equal(new DateOnly(year, month, day), note.Day);
    }

    [Theory]
    [InlineData("blog/2020/07/27/post.md", 2020, 7, 27)]
    [InlineData("2016/4/9/my-post/index.md", 2016, 4, 9)]
    public void ADateInTheFoldersIsTheNotesDate(string path, int year, int month, int day)
    {
        var note = TestNotes.Note("---\ntitle: T\n---\nBody.\n", path);

        Assert.Equal(new DateOnly(year, month, day), note.Day);
    }

    [Fact]
    public void ADateInTheNotesOwnPathIsItsDate()
    {
        var note = TestNotes.Note("+++\ntitle = \"T\"\npath = \"2016/04/19/my-post\"\n+++\nBody.\n", "2016-04-19-my-post.md");
        var fromUrl = TestNotes.Note("---\ntitle: T\nurl: /2011/03/05/launch/\n---\nBody.\n", "launch.md");

        Assert.Equal((new DateOnly(2016, 4, 19), new DateOnly(2011, 3, 5)), (note.Day, fromUrl.Day));
    }

    [Fact]
    public void AFolderThatIsNotADateGivesNoDate() =>
        Assert.StartsWith("2026/13/40/x.md:1: no date", TestNotes.Problem("---\ntitle: T\n---\nBody.\n", "2026/13/40/x.md"));

    [Fact]
    public void ABadPublishDateNamesItsKey() =>
        Assert.Equal("n.md:3: publishDate 'soon' is not a date: use YYYY-MM-DD or a time with its zone such as 2026-05-25T14:30:00+02:00",
            TestNotes.Problem("---\ntitle: T\npublishDate: soon\n---\n", "n.md"));

    [Theory]
    [InlineData("lastmod: 2024-03-02")]
    [InlineData("updated: 2024-03-02T08:00:00+01:00")]
    public void LastmodOrUpdatedIsTheUpdatedDate(string key)
    {
        var note = TestNotes.Note($"---\ntitle: T\ndate: 2023-01-01\n{key}\n---\nBody.\n");

        Assert.Equal(new DateOnly(2024, 3, 2), DateOnly.FromDateTime(note.Updated!.Value.DateTime));
    }

    [Fact]
    public void WithoutLastmodThereIsNoUpdatedDate() =>
        Assert.Null(TestNotes.Note("---\ntitle: T\ndate: 2023-01-01\n---\nBody.\n").Updated);

    [Theory]
    [InlineData("category: release", "release")]
    [InlineData("series: [Go internals]\ntags: [gc]", "gc,go-internals")]
    [InlineData("ms.topic: how-to", "how-to")]
    [InlineData("tags: [a]\ncategories: [b]\ncategory: c", "a,b,c")]
    [InlineData("by: [Rob Pike]\nauthor: rob\nhelpviewer_keywords: [\"CWnd class\"]", "")]
    public void TopicsComeFromEveryTopicKeyAndNothingIsInvented(string frontMatter, string keys)
    {
        var note = TestNotes.Note($"---\ntitle: T\ndate: 2026-05-25\n{frontMatter}\n---\nBody.\n");

        Assert.Equal(keys, string.Join(",", note.Topics.Select(t => t.Key).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("blog/_index.md", "+++\ntitle = \"Blog\"\nsort_by = \"date\"\n+++\n", "section page (_index): not a note, skipped")]
    [InlineData("index.md", "---\ntitle: The Go Blog\ntemplate: true\n---\n\n{{range .}}{{end}}\n", "page with a template and no date: not a note, skipped")]
    [InlineData("about.md", "---\nlayout: page\ntitle: About\n---\nWho I am.\n", "page with a layout and no date: not a note, skipped")]
    [InlineData("docs/index.md", "---\ntitle: Docs\n---\n\n", "section page (index with no date and no body): not a note, skipped")]
    [InlineData("mfc/includes/note.md", "> [!NOTE]\n> A shared note.\n", "include snippet: not a note, skipped (it is shown where a note includes it)")]
    [InlineData("_drafts/idea.md", "---\ntitle: Idea\n---\nLater.\n", "draft in _drafts/ with no date yet: left out")]
    [InlineData("README.md", "# Blog\n\nHow to write a post here.\n", "README with no date: not a note, skipped")]
    public void PagesThatAreNotPostsAreSkippedWithAReasonNotAnError(string path, string text, string reason)
    {
        var file = TestNotes.Parse(text, path);

        Assert.Equal((false, $"{path}:1: {reason}"), (file.Problem!.IsError, file.Problem.ToString()));
    }

    [Fact]
    public void AnIndexPageWithABodyAndNoDateIsStillAnError() =>
        Assert.StartsWith("docs/index.md:1: no date", TestNotes.Problem("---\ntitle: Docs\n---\nReal words.\n", "docs/index.md"));

    [Fact]
    public void ADatedPostInDraftsIsADraft()
    {
        var file = TestNotes.Parse("---\ntitle: Idea\ndate: 2026-01-01\n---\nLater.\n", "_drafts/idea.md", new NoteParserOptions { IncludeDrafts = true });

        Assert.True(file.Note!.Draft);
    }

    [Fact]
    public void SiteYmlSetsTheConventions()
    {
        using var content = new TempContent().Add("site.yml",
            "title: T\ndate_keys: [created]\nupdated_keys: edited\ntopic_keys: [labels]\nslash_dates: day-first\nslugs: name\nsections: none\n");

        var conventions = SiteInfo.Load(content.Root).Conventions;

        Assert.Equal(new ContentConventions
        {
            DateKeys = ["created"],
            UpdatedKeys = ["edited"],
            TopicKeys = ["labels"],
            SlashDates = SlashDateOrder.DayFirst,
            Slugs = SlugRule.Name,
            Sections = SectionRule.None,
        }, conventions);
    }

    [Fact]
    public void TheDateKeysAndSlashOrderOfSiteYmlAreUsed()
    {
        var options = new NoteParserOptions { Conventions = new ContentConventions { DateKeys = ["created"], SlashDates = SlashDateOrder.DayFirst } };

        var file = TestNotes.Parse("---\ntitle: T\ndate: 2020-01-01\ncreated: 04/11/2016\n---\n", "n.md", options);

        Assert.Equal(new DateOnly(2016, 11, 4), file.Note!.Day);
    }

    [Fact]
    public void ABadSettingInSiteYmlIsReportedAndTheDefaultsKept()
    {
        using var content = new TempContent().Add("site.yml", "title: T\nsections: by-year\n");

        var site = SiteInfo.Load(content.Root);

        Assert.Equal(("site.yml:2: sections 'by-year' is not one of top-folder, none", SectionRule.TopFolder),
            (site.Problem, site.Conventions.Sections));
    }
}
