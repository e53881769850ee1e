namespace NotesSearch.Core.Notes;

/// <summary>
/// Reads the files a note's body pulls in (DocFX <c>[!INCLUDE[…](…)]</c> and <c>[!code-cpp[…](…)]</c>,
/// Go's <c>{{code "…"}}</c>): only files inside the content folder, each at most
/// <see cref="MaxFileBytes"/>, at most <see cref="MaxCount"/> per note and <see cref="MaxDepth"/>
/// includes deep. One per note; not thread-safe.
/// </summary>
/// <param name="contentRoot">The content folder (full path); null to read nothing.</param>
internal sealed class BodyIncludes(string? contentRoot)
{
    /// <summary>Includes inside includes inside includes: deeper than DocFX content goes, and no cycle runs forever.</summary>
    public const int MaxDepth = 3;

    /// <summary>Far more than a page includes (the DocFX set's most is 9).</summary>
    public const int MaxCount = 64;

    /// <summary>An include is a snippet; anything larger is not one.</summary>
    public const int MaxFileBytes = 512 * 1024;

    private int count;

    /// <summary>
    /// The text of <paramref name="target"/>, a path relative to the folder of <paramref name="fromPath"/>
    /// (itself relative to the content folder), and its own path relative to the content folder;
    /// null when it is outside the content folder, missing, too large, or past the budget.
    /// </summary>
    public (string Text, string Path)? Read(string fromPath, string target, int depth)
    {
        if (contentRoot is null || depth >= MaxDepth || count >= MaxCount)
            return null;
        var cut = target.IndexOfAny(['#', '?']);
        var relativeTarget = Uri.UnescapeDataString(cut >= 0 ? target[..cut] : target);
        if (relativeTarget.Length == 0 || Path.IsPathRooted(relativeTarget) || relativeTarget.Contains("://", StringComparison.Ordinal))
            return null;
        var folder = Path.GetDirectoryName(fromPath.Replace('/', Path.DirectorySeparatorChar)) ?? "";
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        var full = Path.GetFullPath(Path.Combine(root, folder, relativeTarget));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        try
        {
            using var file = RegularFile.OpenRead(full);
            var length = RandomAccess.GetLength(file);
            if (length > MaxFileBytes)
                return null;
            count++;
            return (NoteBytes.Decode(RegularFile.Read(file, length)), Path.GetRelativePath(root, full).Replace('\\', '/'));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NoteFormatException)
        {
            return null;
        }
    }
}
