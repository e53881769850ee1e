using System.Net;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Finds the paragraph a hit's snippet came from: the snippet is a verbatim stretch of the body's plain text (HTML
/// escaped, matches in &lt;mark&gt;, "…" where text was left out), so the stretch around its first mark is looked
/// up in the body and the anchored block holding that mark is the one (<see cref="Indexing.NoteFields.Anchors"/>). Works
/// from what a hit already loads; one ordinal search through the body per hit. Thread-safe (no state).
/// </summary>
internal static class SnippetAnchor
{
    private const string Mark = "<mark>";
    private const string EndMark = "</mark>";

    /// <summary>The anchor id of the block holding the snippet's first match; null when it has no match or is not from the body.</summary>
    public static string? Find(string snippet, string body, IReadOnlyList<BlockAnchor> anchors)
    {
        if (anchors.Count == 0 || body.Length == 0)
            return null;
        var mark = snippet.IndexOf(Mark, StringComparison.Ordinal);
        if (mark < 0)
            return null;
        // The stretch between the "…" either side of the first mark is one piece of the body.
        var start = snippet.LastIndexOf(MarkPassageFormatter.Ellipsis, mark, StringComparison.Ordinal);
        start = start < 0 ? 0 : start + MarkPassageFormatter.Ellipsis.Length;
        var end = snippet.IndexOf(MarkPassageFormatter.Ellipsis, mark, StringComparison.Ordinal);
        end = end < 0 ? snippet.Length : end;
        var before = PlainText(snippet[start..mark]);
        var stretch = before + PlainText(snippet[mark..end]);
        var at = stretch.Length == 0 ? -1 : body.IndexOf(stretch, StringComparison.Ordinal);
        return at < 0 ? null : At(anchors, at + before.Length);
    }

    /// <summary>The last anchored block starting at or before <paramref name="offset"/>; the first block when none does.</summary>
    public static string At(IReadOnlyList<BlockAnchor> anchors, int offset)
    {
        int low = 0, high = anchors.Count - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (anchors[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return anchors[found].Id;
    }

    private static string PlainText(string html) =>
        WebUtility.HtmlDecode(html.Replace(Mark, "", StringComparison.Ordinal).Replace(EndMark, "", StringComparison.Ordinal));
}
