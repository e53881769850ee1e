using System.Diagnostics;

namespace NotesSearch.Web.Tests.Site;

/// <summary>Edits to the content folder while the site runs; its own site, since these tests change the notes.</summary>
public sealed class LiveEditTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly HttpClient client = site.CreateClient();

    private async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await condition())
                return true;
            await Task.Delay(100);
        }
        return await condition();
    }

    private async Task<bool> FindsAsync(string word, string slug) =>
        // Unescaped: a nested note's slug holds '/' (moved/moved-in), however the link writes it.
        (await client.GetPageAsync("/?q=" + word)).Hrefs("ol.hits h3 a").Select(Uri.UnescapeDataString).Contains("/notes/" + slug);

    [Fact]
    public async Task AddedNoteBecomesSearchableWithoutARestart()
    {
        site.WriteNote("2026-06-01-live-added.md", """
            ---
            title: A note written while the site runs
            date: 2026-06-01
            topics: [Testing]
            ---
            The word quokkazebra appears only here.
            """);

        Assert.True(await EventuallyAsync(() => FindsAsync("quokkazebra", "live-added")));
        await client.GetPageAsync("/notes/live-added");
    }

    [Fact]
    public async Task AddedMdxAndMarkdownFilesBecomeSearchableToo()
    {
        site.WriteNote("2026-06-05-live-mdx.mdx", "---\ndate: 2026-06-05\n---\nimport X from 'x';\n\n<X>The word axolotlmdx.</X>\n");
        site.WriteNote("2026-06-06-live-long.markdown", "---\ndate: 2026-06-06\n---\nThe word axolotlmarkdown.\n");

        Assert.True(await EventuallyAsync(() => FindsAsync("axolotlmdx", "live-mdx")));
        Assert.True(await EventuallyAsync(() => FindsAsync("axolotlmarkdown", "live-long")));
    }

    [Fact]
    public async Task EditedNoteIsSearchableByItsNewWordsAndDeletedNoteIsGone()
    {
        var path = site.WriteNote("2026-06-02-live-edited.md", "---\ndate: 2026-06-02\n---\nfirst version: platypusone\n");
        Assert.True(await EventuallyAsync(() => FindsAsync("platypusone", "live-edited")));

        File.WriteAllText(path, "---\ndate: 2026-06-02\n---\nsecond version: platypustwo\n");
        Assert.True(await EventuallyAsync(async () =>
            await FindsAsync("platypustwo", "live-edited") && !await FindsAsync("platypusone", "live-edited")));

        File.Delete(path);
        Assert.True(await EventuallyAsync(async () => !await FindsAsync("platypustwo", "live-edited")));
        await client.GetPageAsync("/notes/live-edited", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NoteThatStopsParsingKeepsItsLastGoodVersion()
    {
        var path = site.WriteNote("2026-06-03-live-broken.md", "---\ndate: 2026-06-03\n---\nwombatgood\n");
        Assert.True(await EventuallyAsync(() => FindsAsync("wombatgood", "live-broken")));

        File.WriteAllText(path, "---\ndate: [not a date\n---\nwombatbad\n");
        await Task.Delay(1000);

        Assert.True(await FindsAsync("wombatgood", "live-broken"));
    }

    [Fact]
    public async Task FolderMovedInAndRemovedAddsAndRemovesItsNotes()
    {
        var outside = Path.Combine(Path.GetTempPath(), "notessearch-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "2026-06-04-moved-in.md"), "---\ndate: 2026-06-04\n---\nnarwhalmoved\n");
        var inside = Path.Combine(site.ContentPath, "moved");

        Directory.Move(outside, inside);
        Assert.True(await EventuallyAsync(() => FindsAsync("narwhalmoved", "moved/moved-in")));

        Directory.Delete(inside, recursive: true);
        Assert.True(await EventuallyAsync(async () => !await FindsAsync("narwhalmoved", "moved/moved-in")));
    }
}
