using System.IO.Enumeration;
using NotesSearch.Core.Notes;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// The size and write time of every note file under the content folder: comparing two snapshots finds the
/// files that changed without reading any of them, so the periodic rescan stays cheap on a large archive.
/// Follows the scanner's rules: <c>*.md</c>, <c>*.markdown</c> and <c>*.mdx</c> only, names starting with '.' skipped, folder links not followed.
/// Immutable.
/// </summary>
public sealed class ContentSnapshot
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
    };

    private readonly Dictionary<string, (long Length, DateTime WrittenUtc)> files;

    private ContentSnapshot(Dictionary<string, (long, DateTime)> files) => this.files = files;

    public static ContentSnapshot Empty { get; } = new([]);

    public int Count => files.Count;

    /// <summary>Lists the folder now; a missing folder is an empty snapshot.</summary>
    public static ContentSnapshot Take(string contentRoot)
    {
        var found = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        if (!Directory.Exists(contentRoot))
            return new ContentSnapshot(found);
        var entries = new FileSystemEnumerable<(string, long, DateTime)>(contentRoot,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime), Recursive)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && !entry.FileName.StartsWith('.') && ContentScanner.IsNoteFileName(entry.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                !entry.FileName.StartsWith('.') && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, length, written) in entries)
            found[path] = (length, written);
        return new ContentSnapshot(found);
    }

    /// <summary>Full paths added, removed, or with another size or write time in <paramref name="newer"/>.</summary>
    public IReadOnlyList<string> ChangesTo(ContentSnapshot newer)
    {
        var changed = new List<string>();
        foreach (var (path, stat) in newer.files)
        {
            if (!files.TryGetValue(path, out var old) || old != stat)
                changed.Add(path);
        }
        changed.AddRange(files.Keys.Where(path => !newer.files.ContainsKey(path)));
        return changed;
    }

    /// <summary>This snapshot with <paramref name="fullPaths"/> looked at again (after a live edit, without listing the folder).</summary>
    public ContentSnapshot With(IEnumerable<string> fullPaths)
    {
        var updated = new Dictionary<string, (long, DateTime)>(files, StringComparer.Ordinal);
        foreach (var path in fullPaths)
        {
            var info = new FileInfo(path);
            if (info.Exists)
                updated[path] = (info.Length, info.LastWriteTimeUtc);
            else
                updated.Remove(path);
        }
        return new ContentSnapshot(updated);
    }

    /// <summary>Full paths written at or after <paramref name="sinceUtc"/>.</summary>
    public IReadOnlyList<string> WrittenSince(DateTime sinceUtc) =>
        files.Where(file => file.Value.WrittenUtc >= sinceUtc).Select(file => file.Key).ToArray();
}
