namespace NotesSearch.Core.Notes;

/// <summary>
/// The one slow input the render budget cannot stop in time: Markdig reads a paragraph's link reference definitions
/// (<c>[a]: /x</c>) in one step when the paragraph ends, and that step is quadratic in their number (40,000 in a row
/// take 5 s, 100,000 about 45 s), with no point inside it where the budget is looked at. So the lines that may start one
/// are counted first, per paragraph (a blank line ends one, quote markers aside), in one linear pass. Thread-safe (no state).
/// </summary>
internal static class LinkDefinitionLimit
{
    /// <summary>Far more definitions than any note lists in one paragraph; a few milliseconds of Markdig's work.</summary>
    public const int MaxPerParagraph = 2_000;

    /// <exception cref="NoteFormatException">A paragraph has more lines that may be link definitions than <see cref="MaxPerParagraph"/>.</exception>
    public static void Check(string markdown)
    {
        var inParagraph = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            // A quote's '>' markers go first: the lines of a quoted paragraph are one paragraph too.
            var content = line.TrimStart(" \t>");
            if (content.IsEmpty)
            {
                inParagraph = 0;
                continue;
            }
            if (MayStartDefinition(content) && ++inParagraph > MaxPerParagraph)
                throw new NoteFormatException(1, $"too complex to render: more than {MaxPerParagraph} link definitions ('[label]: url') in one paragraph");
        }
    }

    /// <summary>
    /// '[' and, later on the line, "]:" (a definition's label may not hold a blank line). Indentation is not looked at:
    /// inside a list item a definition may be indented, and counting an indented code line too only errs on the safe side.
    /// </summary>
    private static bool MayStartDefinition(ReadOnlySpan<char> content) =>
        content.StartsWith('[') && content.Contains("]:", StringComparison.Ordinal);
}
