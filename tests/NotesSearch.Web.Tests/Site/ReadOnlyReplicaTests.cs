using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Web.Tests.Site;

/// <summary>A replica over an index someone else builds: it opens no writer and follows their commits.</summary>
public sealed class ReadOnlySiteFactory : NotesSiteFactory
{
    public ReadOnlySiteFactory()
    {
        using var indexer = NoteIndexer.Open(IndexPath);
        indexer.Sync(new ContentScanner(NoteParserOptions.Default).Scan(ContentPath));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notes:ReadOnly", "true");
        builder.UseSetting("Notes:RefreshMilliseconds", "200");
    }
}

public sealed class ReadOnlyReplicaTests(ReadOnlySiteFactory site) : IClassFixture<ReadOnlySiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task ReplicaServesTheIndexAndPicksUpAnotherWritersCommits()
    {
        Assert.Equal("/notes/cxl-kv-transfer-nic-hop", (await client.GetPageAsync("/?q=nic+hop")).Hrefs("ol.hits h3 a").First());

        // The replica holds no write lock, so another process (here: this test) can write the same folder.
        using (var writer = NoteIndexer.Open(site.IndexPath))
        {
            var note = new NoteParser().Parse("2026-06-09-from-elsewhere.md", Encoding.UTF8.GetBytes("---\ndate: 2026-06-09\n---\nmarmosetlantern\n")).Note!;
            writer.Upsert(note);
            writer.Commit();
        }

        var clock = Stopwatch.StartNew();
        var found = false;
        while (!found && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
            found = (await client.GetPageAsync("/?q=marmosetlantern")).Hrefs("ol.hits h3 a").Contains("/notes/from-elsewhere");
        }
        Assert.True(found, "the replica did not pick up the new commit within 5 s");
    }
}
