using NotesSearch.Web.Hosting;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The writing site's start-up sync says in its log which files it left out and why, as <c>notes index</c> prints them.</summary>
public sealed class StartupSyncLogTests
{
    [Fact]
    public async Task ASectionPageInTheContentFolderIsLoggedAsSkippedWithItsReason()
    {
        await using var site = new DamageSiteFactory(readOnly: false);
        site.WriteNote("_index.md", "---\ntitle: Notes\n---\nAll my notes.\n");

        _ = site.CreateClient();

        Assert.Single(site.Logs.Lines, line => line.StartsWith("Information", StringComparison.Ordinal)
            && line.Contains("_index.md:1: section page (_index): not a note, skipped"));
    }

    [Fact]
    public async Task SkipsBeyondTheBoundAreCountedInOneLine()
    {
        await using var site = new DamageSiteFactory(readOnly: false);
        var sections = NotesIndexHost.MaxProblemLines + 3;
        for (var i = 0; i < sections; i++)
        {
            Directory.CreateDirectory(Path.Combine(site.ContentPath, $"section{i}"));
            site.WriteNote($"section{i}/_index.md", "---\ntitle: Section\n---\n");
        }

        _ = site.CreateClient();

        Assert.Equal(NotesIndexHost.MaxProblemLines, site.Logs.Lines.Count(line => line.Contains("_index.md:1: section page")));
        Assert.Contains(site.Logs.Lines, line => line.Contains("... and 3 more skipped"));
    }
}
