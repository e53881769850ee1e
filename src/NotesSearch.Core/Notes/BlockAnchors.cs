using System.Globalization;
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
    /// <param name="text">The note's plain text.</param>
    /// <param name="spans">Every block of the note once, children before their parent, as <see cref="MarkdownPlainText"/> gives them.</param>
    public static IReadOnlyList<BlockAnchor> Assign(string text, IReadOnlyList<BlockSpan> spans)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // In text order (the spans come children first), so a repeated text's suffixes follow the page; a stable
        // sort (the index breaks ties), so blocks with the same text range keep the order they were given in.
        var order = new List<(int Start, int NegativeEnd, int Index)>();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Block is HeadingBlock && span.Block.TryGetAttributes()?.Id is { Length: > 0 } headingId)
                used.Add(headingId);
            if (IsAnchored(span.Block))
                order.Add((span.Start, -span.End, i));
        }
        order.Sort();
        var anchors = new List<BlockAnchor>(order.Count);
        foreach (var (_, _, index) in order)
        {
            var span = spans[index];
            var attributes = span.Block.GetAttributes();
            if (attributes.Id is not { Length: > 0 })
                attributes.Id = Unique(OwnTextHash(spans, index, text).Id(), used);
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

    /// <summary>
    /// The hash of a block's own text: a list item's is its children's texts but its nested lists', each followed by a
    /// space, so editing a sub-item leaves the item's anchor alone.
    /// </summary>
    private static TextHash OwnTextHash(IReadOnlyList<BlockSpan> spans, int index, string text)
    {
        var hash = new TextHash();
        var span = spans[index];
        if (span.Block is not ListItemBlock item)
        {
            hash.Append(text.AsSpan(span.Start, span.End - span.Start));
            return hash;
        }
        // Children come before their parent, each after its own children: walking back from the item until all its
        // children are met finds the first one; from there on, its children are in order among their descendants.
        var first = index;
        for (var found = 0; found < item.Count && first > 0;)
        {
            if (spans[--first].Block.Parent == item)
                found++;
        }
        for (var i = first; i < index; i++)
        {
            var child = spans[i];
            if (child.Block.Parent == item && child.Block is not ListBlock)
            {
                hash.Append(text.AsSpan(child.Start, child.End - child.Start));
                hash.Append(" ");
            }
        }
        return hash;
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>
    /// FNV-1a over text given in pieces, as if the pieces were one string trimmed, its whitespace runs collapsed to one
    /// space and lower-cased: a run's space is only hashed when a word follows it, so none is hashed at either end.
    /// </summary>
    private struct TextHash()
    {
        private uint hash = 2166136261u;
        private bool started;
        private bool spacePending;

        public void Append(ReadOnlySpan<char> chars)
        {
            // Locals, not the fields, in the loop: the JIT keeps them in registers.
            var value = hash;
            var inText = started;
            var space = spacePending;
            foreach (var c in chars)
            {
                // ASCII (nearly every character of a note) without the Unicode tables: the same answers.
                var white = c < 128 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);
                if (white)
                {
                    space = inText;
                    continue;
                }
                if (space)
                {
                    value = (value ^ ' ') * 16777619u;
                    space = false;
                }
                inText = true;
                var lower = c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);
                value = (value ^ lower) * 16777619u;
            }
            hash = value;
            started = inText;
            spacePending = space;
        }

        /// <summary>The anchor id: <see cref="Prefix"/> and six lower-case hex digits of the hash folded to 24 bits.</summary>
        public readonly string Id() =>
            Prefix + ((hash ^ (hash >> 24)) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
    }
}

/// <summary>A paragraph's (list item's, heading's, code block's) anchor id and where its text starts in the note's plain text.</summary>
/// <param name="Start">Characters into the note's plain text (<see cref="Note.Text"/>).</param>
/// <param name="Id">The element id on the note page (<c>p-3fa2c1</c>, or a heading's own id).</param>
public sealed record BlockAnchor(int Start, string Id);
