using NotesSearch.Core.Tests;

namespace NotesSearch.Cli.Tests;

/// <summary><c>notes check</c> on real blogs as their authors keep them: exit 0, the pages that are not posts only skipped.</summary>
public class BlogCheckTests
{
    [Theory]
    [InlineData("zola", "2 notes ok, 0 bad, 3 skipped")]
    [InlineData("hugo", "2 notes ok, 0 bad, 2 skipped")]
    [InlineData("jekyll", "2 notes ok, 0 bad, 3 skipped")]
    [InlineData("docusaurus", "3 notes ok, 0 bad, 0 skipped")]
    public void CheckPassesOnEachToolsBlog(string tool, string summary)
    {
        var check = CliRun.Of("check", "--content", RepoPaths.Blog(tool));

        Assert.Equal((0, summary), (check.ExitCode, check.Output.Trim()));
    }

    [Fact]
    public void CheckPassesOnTheGoBlog()
    {
        var check = CliRun.Of("check", "--content", RepoPaths.GoBlogPosts);

        Assert.Equal((0, "274 notes ok, 0 bad, 62 skipped"), (check.ExitCode, check.Output.Trim()));
    }

    [Fact]
    public void CheckPassesOnFiveFoldersOfTheDocFxSet()
    {
        // The command on a DocFX repository as it is kept: includes shown where included, the snippets themselves skipped.
        // The whole set (9.7k pages, a minute of parsing here) is checked page by page by the Core tests (CppDocsCorpusTests).
        var content = Directory.CreateTempSubdirectory("notessearch-docfx-").FullName;
        try
        {
            foreach (var folder in new[] { "atl-mfc-shared", "get-started", "linux", "overview", "sanitizers" })
                CopyFolder(Path.Combine(CppDocsCorpus.Root, folder), Path.Combine(content, folder));

            var check = CliRun.Of("check", "--content", content);

            Assert.Equal((0, "111 notes ok, 0 bad, 3 skipped"), (check.ExitCode, check.Output.Trim()));
            var skipped = new[] { "atl-mfc-shared/includes/lifecycle-note.md", "get-started/includes/git-source-control.md", "overview/includes/note_security_samplecode_md.md" };
            Assert.Equal(
                skipped.Select(path => Path.Combine(content, path) + ":1: include snippet: not a note, skipped (it is shown where a note includes it)"),
                check.Error.Trim().Split('\n').Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void CheckSaysWhichSiteYmlSettingIsBadAndUsesItsDefault()
    {
        var content = Directory.CreateTempSubdirectory("notessearch-check-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(content, "site.yml"), "title: T\nslugs: by-title\n");
            File.WriteAllText(Path.Combine(content, "note.md"), "---\ntitle: T\ndate: 2026-05-25\n---\nBody.\n");

            var check = CliRun.Of("check", "--content", content);

            Assert.Equal((0, Path.Combine(content, "site.yml:2: slugs 'by-title' is not one of path, name"), "1 notes ok, 0 bad, 0 skipped"),
                (check.ExitCode, check.Error.Trim(), check.Output.Trim()));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
