using System.IO.Enumeration;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Finds every Markdown file (<see cref="IsMarkdown"/>) under a content folder, lazily, in ordinal
/// order of the relative path. Folders starting with '.' (<c>.git</c>, <c>.obsidian</c>) are not
/// walked; a Markdown file starting with '.' (an editor's temp file) is given with a reason to skip it;
/// symbolic links to folders are not followed (a link back up would never end).
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
        return names.Select(name => new ContentFile(Path.Join(folder, name.TrimEnd('/')), relativeFolder + name)
        {
            Skip = name.StartsWith('.') ? "hidden file (its name starts with '.'): not read" : null,
        });
    }

    /// <summary>The extensions read as notes: Markdown (<c>.md</c>, <c>.markdown</c>) and MDX (<c>.mdx</c>).</summary>
    public static bool IsMarkdown(ReadOnlySpan<char> fileName) =>
        fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name, with '/' after a folder's: sorting these sorts the paths they lead to.</summary>
    private static string SortName(ref FileSystemEntry entry) =>
        entry.IsDirectory ? string.Concat(entry.FileName, "/") : entry.FileName.ToString();

    private static bool Include(ref FileSystemEntry entry)
    {
        if (entry.IsDirectory)
            return !entry.FileName.StartsWith('.') && (entry.Attributes & FileAttributes.ReparsePoint) == 0;
        return IsMarkdown(entry.FileName);
    }
}
