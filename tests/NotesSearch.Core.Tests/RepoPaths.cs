namespace NotesSearch.Core.Tests;

/// <summary>Folders of the repository, found from the test binaries by walking up to NotesSearch.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Go blog's posts, as their authors keep them (see tests/corpora/go-blog/SOURCE.md).</summary>
    public static string GoBlogPosts => Path.Combine(Root, "tests", "corpora", "go-blog", "posts");

    /// <summary>A small blog in one tool's conventions (zola, hugo, jekyll, docusaurus; see tests/corpora/blogs/README.md).</summary>
    public static string Blog(string tool) => Path.Combine(Root, "tests", "corpora", "blogs", tool);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NotesSearch.sln")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException($"no NotesSearch.sln above {AppContext.BaseDirectory}");
    }
}
