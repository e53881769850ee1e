using System.IO.Enumeration;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Finds every <c>*.md</c> file under a content folder, lazily, in ordinal order of the relative
/// path. Names starting with '.' (<c>.git</c>, <c>.obsidian</c>, editor temp files) are skipped,
/// and symbolic links to folders are not followed (a link back up would never end).
/// Thread-safe (no state).
/// </summary>
internal static class ContentWalker
{
    private static readonly EnumerationOptions ListOnly = new()
    {
        RecurseSubdirectories = false,
        // Hidden names are skipped by the '.' rule below, the same on every OS.
        AttributesToSkip = 0,
        // A folder that cannot be read is reported, not silently left out.
        IgnoreInaccessible = false,
    };

    /// <summary>
    /// Walks depth first, sorting each folder's entries by name with '/' after folder names:
    /// that gives exactly the ordinal order of the full relative paths, while only one folder
    /// listing per level is held in memory.
    /// </summary>
    public static IEnumerable<ContentFile> Enumerate(string root)
    {
        var pending = new Stack<IEnumerator<ContentFile>>();
        pending.Push(List(root, "").GetEnumerator());
        while (pending.Count > 0)
        {
            var entries = pending.Peek();
            if (!entries.MoveNext())
            {
                entries.Dispose();
                pending.Pop();
                continue;
            }
            var entry = entries.Current;
            if (entry.RelativePath.EndsWith('/'))
                pending.Push(List(entry.FullPath, entry.RelativePath).GetEnumerator());
            else
                yield return entry;
        }
    }

    /// <summary>One folder's entries, sorted; sub-folders end in '/', to be walked in turn.</summary>
    private static IEnumerable<ContentFile> List(string folder, string relativeFolder)
    {
        List<string> names;
        try
        {
            names = [.. new FileSystemEnumerable<string>(folder, SortName, ListOnly)
            {
                ShouldIncludePredicate = Include,
            }];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ContentFile(folder, relativeFolder.Length > 0 ? relativeFolder.TrimEnd('/') : ".", e.Message)];
        }
        names.Sort(StringComparer.Ordinal);
        return names.Select(name => new ContentFile(Path.Join(folder, name.TrimEnd('/')), relativeFolder + name));
    }

    /// <summary>The name, with '/' after a folder's: sorting these sorts the paths they lead to.</summary>
    private static string SortName(ref FileSystemEntry entry) =>
        entry.IsDirectory ? string.Concat(entry.FileName, "/") : entry.FileName.ToString();

    private static bool Include(ref FileSystemEntry entry)
    {
        if (entry.FileName.StartsWith('.'))
            return false;
        if (entry.IsDirectory)
            return (entry.Attributes & FileAttributes.ReparsePoint) == 0;
        return entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }
}
