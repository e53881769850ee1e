using Markdig.Syntax;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Many blogs start a post's body with <c># its title</c> as well as giving it in the front matter;
/// the note page shows the title already, so that first heading is dropped. Thread-safe (no state).
/// </summary>
internal static class RepeatedTitle
{
    /// <summary>
    /// The body without its first block when that is a level-1 heading reading <paramref name="title"/>
    /// (case and spacing aside); <paramref name="document"/> loses the heading too. Otherwise the body as it is.
    /// </summary>
    public static string Remove(string markdown, MarkdownDocument document, string title)
    {
        if (document.Count == 0 || document[0] is not HeadingBlock { Level: 1 } heading
            || !SameWords(MarkdownPlainText.TextOf(heading), title) || heading.Span.End + 1 > markdown.Length)
            return markdown;
        document.RemoveAt(0);
        return markdown[(heading.Span.End + 1)..].TrimStart('\r', '\n');
    }

    private static bool SameWords(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
}
