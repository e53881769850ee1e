namespace NotesSearch.Core.Notes;

/// <summary>
/// Files under a content folder that are pages of the blog but not posts, skipped with a reason
/// rather than reported as bad notes: section and landing pages, DocFX include snippets, pages
/// with a layout and no date. Thread-safe (no state).
/// </summary>
internal static class NonNotePages
{
    /// <summary>
    /// Why a file is not a note, from its path alone: Hugo/Zola <c>_index.md</c> section pages and
    /// snippets in an <c>includes/</c> or <c>_includes/</c> folder (read where a note includes them).
    /// Null for a file that may be a note.
    /// </summary>
    public static string? ByPath(string relativePath)
    {
        // The file name's stem (NoteSlugs.StemOf), looked at in place: this runs for every file.
        var fileName = relativePath.AsSpan(relativePath.LastIndexOf('/') + 1);
        var dot = fileName.LastIndexOf('.');
        if ((dot > 0 ? fileName[..dot] : fileName).Equals("_index", StringComparison.OrdinalIgnoreCase))
            return "section page (_index): not a note, skipped";
        foreach (var range in relativePath.AsSpan().Split('/'))
        {
            var folder = relativePath.AsSpan(range);
            if (range.End.Value < relativePath.Length
                && (folder.Equals("includes", StringComparison.OrdinalIgnoreCase) || folder.Equals("_includes", StringComparison.OrdinalIgnoreCase)))
                return "include snippet: not a note, skipped (it is shown where a note includes it)";
        }
        return null;
    }

    /// <summary>
    /// Why a file with no date is a page and not a broken post: its front matter names a
    /// <c>template</c> or <c>layout</c> (a landing page such as the Go blog's <c>index.md</c>, a
    /// Jekyll <c>about.md</c>), it is an <c>index</c> page with no body, or a folder's <c>README</c>. Null otherwise: then
    /// the missing date is an error.
    /// </summary>
    public static string? WithoutDate(string relativePath, FrontMatter frontMatter, string body)
    {
        // Jekyll dates a draft when it is published.
        if (IsInDraftsFolder(relativePath))
            return "draft in _drafts/ with no date yet: left out";
        if (frontMatter.Contains("template") || frontMatter.Contains("layout"))
            return $"page with a {(frontMatter.Contains("template") ? "template" : "layout")} and no date: not a note, skipped";
        var slash = relativePath.LastIndexOf('/');
        var stem = NoteSlugs.StemOf(relativePath[(slash + 1)..]);
        if (stem.Equals("index", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(body))
            return "section page (index with no date and no body): not a note, skipped";
        // A folder's README is a note to whoever edits the folder (the Go blog has one), not a post.
        if (stem.Equals("README", StringComparison.OrdinalIgnoreCase))
            return "README with no date: not a note, skipped";
        return null;
    }

    /// <summary>True for a file in Jekyll's <c>_drafts/</c> folder: a draft, whatever its front matter says.</summary>
    public static bool IsInDraftsFolder(string relativePath) =>
        relativePath.StartsWith("_drafts/", StringComparison.OrdinalIgnoreCase)
        || relativePath.Contains("/_drafts/", StringComparison.OrdinalIgnoreCase);
}
