using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The site with one more note, changed after it was published (Hugo's <c>lastmod</c>).</summary>
public sealed class UpdatedNoteSiteFactory : NotesSiteFactory
{
    public UpdatedNoteSiteFactory() =>
        WriteNote("2026-01-05-revised.md", "---\ntitle: Revised\ndate: 2026-01-05\nlastmod: 2026-02-01\n---\nFirst published in January.\n");
}

public sealed class UpdatedDateTests(UpdatedNoteSiteFactory site) : IClassFixture<UpdatedNoteSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task TheNotePageShowsWhenTheNoteWasUpdated()
    {
        var page = await client.GetPageAsync("/notes/revised");

        Assert.Equal(("updated 1 February 2026", "2026-02-01"),
            (page.QuerySelector("article .updated")?.TextContent, page.QuerySelector("article .updated time")?.GetAttribute("datetime")));
    }

    [Fact]
    public async Task ANoteNeverUpdatedShowsNoUpdatedDate()
    {
        var page = await client.GetPageAsync("/notes/turboquant-kv-cache");

        Assert.Null(page.QuerySelector("article .updated"));
    }

    [Fact]
    public async Task TheApiNoteSaysWhenItWasUpdated()
    {
        var revised = JsonNode.Parse(await client.GetStringAsync("/api/notes/revised"))!;
        var never = JsonNode.Parse(await client.GetStringAsync("/api/notes/turboquant-kv-cache"))!.AsObject();

        Assert.Equal("2026-02-01", revised["updated"]?.GetValue<string>());
        Assert.True(never.ContainsKey("updated"));
        Assert.Null(never["updated"]);
    }
}
