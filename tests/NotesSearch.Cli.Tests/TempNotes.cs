namespace NotesSearch.Cli.Tests;

/// <summary>A throwaway content folder and index folder, deleted on dispose.</summary>
internal sealed class TempNotes : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "notes-cli-" + Guid.NewGuid().ToString("n"));

    public TempNotes()
    {
        Directory.CreateDirectory(Content);
    }

    public string Content => Path.Combine(root, "content");

    public string Index => Path.Combine(root, "index");

    public TempNotes Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Content, relativePath));

    /// <summary>The repository root (the folder holding NotesSearch.sln), for the committed test corpora.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NotesSearch.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("NotesSearch.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }
}
