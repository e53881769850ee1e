using System.Text.Json;

namespace NotesSearch.Cli.Tests;

public sealed class SectionCommandTests : IDisposable
{
    private readonly TempNotes notes = new TempNotes()
        .Write("news/meetup.md", "---\ntitle: Berlin meetup\ndate: 2026-06-01\n---\nzanzibar meetup\n")
        .Write("release/v1.md", "---\ntitle: Version one\ndate: 2026-06-04\n---\nzanzibar release\n")
        .Write("Release/v2.md", "---\ntitle: Version two\ndate: 2026-06-05\n---\nzanzibar release\n")
        .Write("about.md", "---\ntitle: About\ndate: 2026-06-02\n---\nzanzibar about\n");

    [Fact]
    public void SectionFiltersTheSearchAndEverySectionIsCountedInTheJson()
    {
        Run("index");

        var release = Run("search", "zanzibar", "--section", "release", "--json");
        var both = Run("search", "zanzibar", "--section", "news", "--section", "Release", "--json");

        var json = JsonDocument.Parse(release.Output).RootElement;
        Assert.Equal(0, release.ExitCode);
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(
            [("news", 1, false), ("release", 2, true)],
            json.GetProperty("facets").GetProperty("sections").EnumerateArray()
                .Select(s => (s.GetProperty("key").GetString(), s.GetProperty("count").GetInt32(), s.GetProperty("selected").GetBoolean()))
                .OrderBy(s => s.Item1));
        Assert.Equal(3, JsonDocument.Parse(both.Output).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void TheTextOutputNamesEachHitsSection()
    {
        Run("index");

        var search = Run("search", "zanzibar", "--section", "news");

        Assert.Contains("1 notes for \"zanzibar\"", search.Output);
        Assert.Contains("  [news]", search.Output);
        Assert.DoesNotContain("[news: ]", search.Output);
    }

    [Fact]
    public void ASectionWithNoLetterOrDigitIsAUsageError()
    {
        Run("index");

        var search = Run("search", "zanzibar", "--section", "!!");

        Assert.Equal(2, search.ExitCode);
        Assert.Contains("--section '!!' has no letter or digit", search.Error);
    }

    [Fact]
    public void SectionsNoneInSiteYmlFilesNothing()
    {
        notes.Write("site.yml", "title: Docs\nsections: none\n");
        Run("index");

        var json = JsonDocument.Parse(Run("search", "zanzibar", "--json").Output).RootElement;

        Assert.Equal(0, json.GetProperty("facets").GetProperty("sections").GetArrayLength());
    }

    private CliRun Run(params string[] args)
    {
        var withFolders = args[0] == "index" ? [.. args, "--content", notes.Content] : args;
        return CliRun.Of([.. withFolders, "--index", notes.Index]);
    }

    public void Dispose() => notes.Dispose();
}
