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
        // One copy of what follows the heading, without the line ends that start it.
        var start = heading.Span.End + 1;
        while (start < markdown.Length && markdown[start] is '\r' or '\n')
            start++;
        return markdown[start..];
    }

    /// <summary>
    /// True when the heading says what the title says: the same letters and digits in the same order, case, spaces and
    /// punctuation aside (<c>Function Call Operator: ()</c> and <c>Function-call operator: ()</c>), or the title is
    /// the heading plus a qualifier the site adds (<c>Order of CL Options (C++) - Visual Studio</c> for the heading
    /// <c>Order of CL Options</c>), as long as the heading is at least half of it.
    /// </summary>
    private static bool SameWords(string heading, string title)
    {
        var a = LettersAndDigits(heading);
        var b = LettersAndDigits(title);
        return a.Length > 0 && (a == b || (b.StartsWith(a, StringComparison.Ordinal) && a.Length * 2 >= b.Length));
    }

    private static string LettersAndDigits(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
