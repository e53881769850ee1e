using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotesSearch.Core.Notes;

/// <summary>
/// A parsed Markdown document as plain text for indexing, by walking Markdig's syntax tree
/// (cheaper and more exact than rendering HTML and stripping it): words, link text, image alt
/// text and code are kept; markup, URLs and HTML tags are dropped; every block ends a line,
/// so words of neighbouring blocks never run together. Thread-safe (no state).
/// </summary>
internal static class MarkdownPlainText
{
    /// <summary>Far deeper than any note nests emphasis and links, far shallower than the stack allows.</summary>
    private const int MaxInlineDepth = 256;

    /// <summary>The whole document as plain text.</summary>
    public static string Of(MarkdownDocument document) => Of(document, spans: null);

    /// <summary>
    /// The whole document as plain text; <paramref name="spans"/>, when given, receives where each block's text is in
    /// it (start inclusive, end exclusive, in document order), for <see cref="BlockAnchors"/>.
    /// </summary>
    /// <param name="document">The parsed body.</param>
    /// <param name="spans">Receives the blocks' positions; null when they are not wanted.</param>
    /// <param name="sourceLength">The Markdown's length in characters: the text is about as long, so room for it is made at once.</param>
    public static string Of(MarkdownDocument document, List<BlockSpan>? spans, int sourceLength = 0)
    {
        var text = ScratchText.Take(sourceLength);
        try
        {
            AppendBlock(text, document, spans);
            // The text trimmed (as string.Trim does), copied out of the builder once.
            var lead = 0;
            while (lead < text.Length && char.IsWhiteSpace(text[lead]))
                lead++;
            var end = text.Length;
            while (end > lead && char.IsWhiteSpace(text[end - 1]))
                end--;
            var trimmed = text.ToString(lead, end - lead);
            if (spans is not null && trimmed.Length != text.Length)
            {
                // The returned text is trimmed: shift the spans to match.
                for (var i = 0; i < spans.Count; i++)
                {
                    var (block, start, stop) = spans[i];
                    spans[i] = new BlockSpan(block, Math.Clamp(start - lead, 0, trimmed.Length), Math.Clamp(stop - lead, 0, trimmed.Length));
                }
            }
            return trimmed;
        }
        finally
        {
            ScratchText.Return(text);
        }
    }

    /// <summary>The plain text of the first top-level <c># heading</c> (ATX, level 1), if any.</summary>
    public static string? FirstTitle(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1, IsSetext: false } heading && TextOf(heading) is { Length: > 0 } text)
                return text;
        }
        return null;
    }

    /// <summary>A heading's plain text, trimmed.</summary>
    public static string TextOf(HeadingBlock heading)
    {
        if (heading.Inline is not { } inline)
            return "";
        var text = new StringBuilder();
        AppendInlines(text, inline);
        return text.ToString().Trim();
    }

    private static void AppendBlock(StringBuilder text, Block block, List<BlockSpan>? spans)
    {
        var start = text.Length;
        AppendBlockText(text, block, spans);
        spans?.Add(new BlockSpan(block, start, text.Length));
    }

    private static void AppendBlockText(StringBuilder text, Block block, List<BlockSpan>? spans)
    {
        switch (block)
        {
            case LinkReferenceDefinitionGroup:
                // "[id]: https://..." lines are where links point, not words of the note.
                return;
            case HtmlBlock html:
                HtmlText.Append(text, html.Lines.ToString());
                break;
            case CodeBlock code:
                AppendLines(text, code.Lines);
                break;
            case LeafBlock { Inline: { } inline }:
                AppendInlines(text, inline);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    AppendBlock(text, child, spans);
                return;
        }
        EndLine(text);
    }

    private static void AppendLines(StringBuilder text, StringLineGroup lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan());
            text.Append('\n');
        }
    }

    /// <summary>
    /// Walks a block's inlines without recursion: Markdig caps how deep blocks nest, but not
    /// emphasis, and a note of 100,000 '*' would otherwise overflow the stack and kill the process.
    /// </summary>
    /// <exception cref="NoteFormatException">The inlines nest deeper than any real note does.</exception>
    private static void AppendInlines(StringBuilder text, ContainerInline root)
    {
        var node = root.FirstChild;
        var depth = 0;
        while (node is not null)
        {
            if (node is ContainerInline { FirstChild: { } child })
            {
                // Links and images too: a link's text and an image's alt text are its children.
                if (++depth > MaxInlineDepth)
                    throw new NoteFormatException(1, $"Markdown nested too deeply to read: more than {MaxInlineDepth} levels of emphasis or links");
                node = child;
                continue;
            }
            AppendLeaf(text, node);
            while (node.NextSibling is null)
            {
                node = node.Parent;
                depth--;
                if (node is null || node == root)
                    return;
            }
            node = node.NextSibling;
        }
    }

    private static void AppendLeaf(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                var span = literal.Content.AsSpan();
                // "- [x] two" leaves " two" after the task marker: no space to start a line.
                text.Append(AtLineStart(text) ? span.TrimStart() : span);
                break;
            case CodeInline code:
                text.Append(code.ContentSpan);
                break;
            case AutolinkInline autolink:
                // <https://go.dev> shows its URL as its text.
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case HtmlInline html:
                if (HtmlText.SeparatesWords(html.Tag))
                    HtmlText.AppendSpace(text);
                break;
            default:
                // Task list [x] and footnote [^1] markers, empty containers: not words.
                break;
        }
    }

    private static bool AtLineStart(StringBuilder text) => text.Length == 0 || text[^1] == '\n';

    /// <summary>Ends the current line, without the spaces that dropped tags may have left at its end.</summary>
    private static void EndLine(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
            text.Length--;
        if (!AtLineStart(text))
            text.Append('\n');
    }
}

/// <summary>Where a block's text is in a note's plain text: <c>[Start, End)</c>, in characters.</summary>
internal readonly record struct BlockSpan(Block Block, int Start, int End);
