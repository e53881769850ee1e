using System.Globalization;
using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>Slugs: where a note's slug comes from and what makes one URL-safe. Thread-safe (no state).</summary>
internal static class NoteSlugs
{
    /// <summary>What a good slug looks like, for problems that reject one.</summary>
    public const string Expected = "use letters a-z, digits, '-', '_' and '.', and '/' between folders";

    /// <summary>
    /// True when <paramref name="slug"/> can stand in a URL path as it is: one or more segments
    /// joined by '/', each only <c>[a-z0-9-_.]</c> after lower-casing; never an empty segment,
    /// <c>.</c> or <c>..</c> (a path step up).
    /// </summary>
    public static bool IsUrlSafe(string slug)
    {
        if (slug.Length == 0 || slug.Contains("..", StringComparison.Ordinal))
            return false;
        foreach (var range in slug.AsSpan().Split('/'))
        {
            if (!IsUrlSafeSegment(slug.AsSpan(range)))
                return false;
        }
        return true;
    }

    private static bool IsUrlSafeSegment(ReadOnlySpan<char> segment)
    {
        if (segment.Length == 0 || segment is ".")
            return false;
        foreach (var c in segment)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The slug a note's own URL path gives (<c>/2016/04/19/my-post/</c> → <c>2016/04/19/my-post</c>,
    /// <c>/blog/x.html</c> → <c>blog/x</c>), each segment made URL-safe as <see cref="FromName"/> does.
    /// Null for a link to another site (<c>https://…</c>), a pattern (<c>/:year/:title</c>), the site's
    /// root, or a path with a segment that gives nothing.
    /// </summary>
    public static string? FromAddress(string address)
    {
        var path = address.Trim();
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':'))
            return null;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
            path = path[..cut];
        path = path.Trim('/');
        foreach (var page in (ReadOnlySpan<string>)["/index.html", "/index.htm", ".html", ".htm"])
        {
            if (path.EndsWith(page, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^page.Length];
                break;
            }
        }
        if (path.Length == 0)
            return null;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = segments[i] is "." or ".." ? "" : FromName(segments[i]);
            if (segments[i].Length == 0)
                return null;
        }
        return string.Join('/', segments);
    }

    /// <summary>
    /// The folders a note's file-made slug keeps (<see cref="SlugRule.Path"/>): the folders of
    /// <paramref name="relativePath"/> above the note (above a page bundle's own folder), without
    /// those starting with '_' (Jekyll's <c>_posts</c>: not part of a post's URL), each made URL-safe.
    /// Empty for a note at the top of the content folder.
    /// </summary>
    public static IEnumerable<string> FoldersOf(string relativePath)
    {
        var segments = relativePath.Split('/');
        var folders = IsBundle(relativePath) ? segments.Length - 2 : segments.Length - 1;
        for (var i = 0; i < folders; i++)
        {
            if (!segments[i].StartsWith('_'))
                yield return segments[i];
        }
    }

    /// <summary>
    /// The slug the file at <paramref name="relativePath"/> gets when its front matter names none, by the default rule
    /// (<see cref="SlugRule.Path"/>): its folders (<see cref="FoldersOf"/>) and its name without a date prefix, each
    /// made URL-safe; null when a part gives nothing URL-safe.
    /// </summary>
    public static string? OfPath(string relativePath)
    {
        var name = NameOf(relativePath);
        if (NoteDates.TryParsePrefix(name, out _, out var prefixLength) && prefixLength < name.Length)
            name = name[prefixLength..];
        var parts = FoldersOf(relativePath).Append(name).Select(FromName).ToList();
        return parts.Exists(part => part.Length == 0) ? null : string.Join('/', parts);
    }

    /// <summary>True for <c>folder/index.md</c> (or .mdx, .markdown): a page bundle, named by its folder.</summary>
    public static bool IsBundle(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash > 0 && StemOf(relativePath[(slash + 1)..]).Equals("index", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A file name without its extension.</summary>
    public static string StemOf(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName[..dot] : fileName;
    }

    /// <summary>
    /// The name a file gives its note: the file name without its extension, or the folder's
    /// name for <c>folder/index.md</c> (a page bundle: the folder holds the note and its images).
    /// </summary>
    public static string NameOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        if (IsBundle(relativePath))
        {
            var folderStart = relativePath.LastIndexOf('/', slash - 1) + 1;
            return relativePath[folderStart..slash];
        }
        return StemOf(relativePath[(slash + 1)..]);
    }

    /// <summary>
    /// A URL-safe slug from a file name that is not one already (<c>My Note</c> → <c>my-note</c>,
    /// <c>Café</c> → <c>cafe</c>): lower case, accents dropped, every other run of characters one '-'.
    /// Empty when nothing is left (a name in another script).
    /// </summary>
    public static string FromName(string name)
    {
        if (IsUrlSafe(name))
            return name;
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsAsciiLetterOrDigit(c) || c is '_')
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
