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
    public void CheckPassesOnTheDocFxSet()
    {
        var check = CliRun.Of("check", "--content", CppDocsCorpus.Root);

        Assert.Equal((0, "9740 notes ok, 0 bad, 6 skipped"), (check.ExitCode, check.Output.Trim()));
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
