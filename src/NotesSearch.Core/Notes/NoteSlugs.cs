using System.Globalization;
using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>Slugs: where a note's slug comes from and what makes one URL-safe. Thread-safe (no state).</summary>
internal static class NoteSlugs
{
    /// <summary>What a good slug looks like, for problems that reject one.</summary>
    public const string Expected = "use letters a-z, digits, '-', '_' and '.', and '/' between folders";

    /// <summary>
    /// True when <paramref name="slug"/> can stand in a URL path as it is: one or more segments joined by '/'
    /// (<c>news/meetup</c>, a note kept in its folder), each only <c>[a-z0-9-_.]</c> after lower-casing,
    /// never empty (no leading, trailing or doubled '/') and never containing <c>..</c> (a path step up).
    /// </summary>
    public static bool IsUrlSafe(string slug)
    {
        foreach (var segment in slug.Split('/'))
        {
            if (!IsUrlSafeSegment(segment))
                return false;
        }
        return true;
    }

    private static bool IsUrlSafeSegment(string slug)
    {
        if (slug.Length == 0 || slug.Contains("..", StringComparison.Ordinal) || slug == ".")
            return false;
        foreach (var c in slug)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The name a file gives its note: the file name without its extension, or the folder's
    /// name for <c>folder/index.md</c> (a page bundle: the folder holds the note and its images).
    /// </summary>
    public static string NameOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var fileName = relativePath[(slash + 1)..];
        if (slash > 0 && fileName.Equals("index.md", StringComparison.OrdinalIgnoreCase))
        {
            var folderStart = relativePath.LastIndexOf('/', slash - 1) + 1;
            return relativePath[folderStart..slash];
        }
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName[..dot] : fileName;
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
