namespace NotesSearch.Web.Hosting;

/// <summary>Resolves configured folders: absolute as given, relative from the repository root when run from a clone.</summary>
public static class RepositoryPaths
{
    public static string Resolve(string path, string startFolder)
    {
        if (Path.IsPathRooted(path))
            return path;
        var root = FindRoot(startFolder) ?? startFolder;
        return Path.GetFullPath(Path.Combine(root, path));
    }

    /// <summary>The nearest folder at or above <paramref name="startFolder"/> that holds NotesSearch.sln.</summary>
    public static string? FindRoot(string startFolder)
    {
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NotesSearch.sln")))
                return dir.FullName;
        }
        return null;
    }
}
