using System.Globalization;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Gives every paragraph, list item, code block and table of a parsed note a stable anchor id,
/// <c>p-</c> and six hex digits of a hash of the block's own text (whitespace collapsed, lower case), so a link
/// can point at one paragraph (<c>/notes/slug#p-3fa2c1</c>) and editing one paragraph changes no other's anchor.
/// Headings keep the readable ids they already have (<c>#why-it-matters</c>, also derived from their text alone),
/// so links people made to a section keep working. A repeated text (or a hash collision) gets <c>-2</c>, <c>-3</c>…
/// in document order. Runs after parsing and before rendering: the ids are attributes the renderer writes.
/// Thread-safe (no state).
/// </summary>
internal static class BlockAnchors
{
    /// <summary>The prefix of every anchor this gives (a heading's id has none).</summary>
    public const string Prefix = "p-";

    /// <summary>
    /// Sets the anchor ids on the blocks of <paramref name="spans"/> and returns each anchored block's start in
    /// <paramref name="text"/> (the note's plain text, whose block positions are <paramref name="spans"/>), in order.
    /// </summary>
    public static IReadOnlyList<BlockAnchor> Assign(string text, IReadOnlyList<BlockSpan> spans)
    {
        var byBlock = new Dictionary<Block, BlockSpan>(spans.Count, ReferenceEqualityComparer.Instance);
        foreach (var span in spans)
            byBlock[span.Block] = span;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.Block is HeadingBlock && span.Block.TryGetAttributes()?.Id is { Length: > 0 } headingId)
                used.Add(headingId);
        }
        var anchors = new List<BlockAnchor>();
        // In text order (the spans come children first), so a repeated text's suffixes follow the page.
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (!IsAnchored(span.Block))
                continue;
            var attributes = span.Block.GetAttributes();
            if (attributes.Id is not { Length: > 0 })
                attributes.Id = Unique(Prefix + Hash(OwnText(span, text, byBlock)), used);
            anchors.Add(new BlockAnchor(span.Start, attributes.Id!));
        }
        return anchors;
    }

    /// <summary>The blocks a reader would link to; a paragraph directly in a list item is the item's (it has no tag of its own in a tight list).</summary>
    private static bool IsAnchored(Block block) => block switch
    {
        HeadingBlock or ListItemBlock or CodeBlock or Table => true,
        ParagraphBlock => block.Parent is not ListItemBlock,
        _ => false,
    };

    /// <summary>A block's own text: a list item's without its nested lists, so editing a sub-item leaves the item's anchor alone.</summary>
    private static string OwnText(BlockSpan span, string text, Dictionary<Block, BlockSpan> byBlock)
    {
        if (span.Block is not ListItemBlock item)
            return text[span.Start..span.End];
        var own = new StringBuilder();
        foreach (var child in item)
        {
            if (child is not ListBlock && byBlock.TryGetValue(child, out var childSpan))
                own.Append(text, childSpan.Start, childSpan.End - childSpan.Start).Append(' ');
        }
        return own.ToString();
    }

    /// <summary>Six hex digits of FNV-1a over the text trimmed, whitespace runs collapsed to one space, lower-cased.</summary>
    internal static string Hash(string text)
    {
        var hash = 2166136261u;
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            var ch = char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (ch == ' ' && space)
                continue;
            space = ch == ' ';
            hash = (hash ^ ch) * 16777619u;
        }
        return ((hash ^ (hash >> 24)) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }
}

/// <summary>A paragraph's (list item's, heading's, code block's) anchor id and where its text starts in the note's plain text.</summary>
/// <param name="Start">Characters into the note's plain text (<see cref="Note.Text"/>).</param>
/// <param name="Id">The element id on the note page (<c>p-3fa2c1</c>, or a heading's own id).</param>
public sealed record BlockAnchor(int Start, string Id);
