using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Marks words of a note's stored HTML in &lt;mark&gt;: each text node is analysed as the body is indexed, and a
/// token whose term is one of the query's is wrapped, so "caches" is marked for "cache" as the search matched it.
/// Works on the parsed HTML's text nodes, never on the markup, so attributes are never touched and the result is
/// well-formed; text inside code (<c>pre</c>, <c>code</c>, <c>kbd</c>, <c>samp</c>) is left as written. Bounded:
/// at most <see cref="MaxMarks"/> marks and <see cref="MaxTextChars"/> characters of text looked at. Thread-safe
/// as long as the analyzer is (Lucene analyzers are: one token stream per thread).
/// </summary>
internal static class PageMarker
{
    /// <summary>Most words marked in one page; past it the rest of the page is left unmarked and the answer says so.</summary>
    public const int MaxMarks = 500;

    /// <summary>Most characters of text analysed in one page (a long note's tail is left unmarked past it).</summary>
    public const int MaxTextChars = 500_000;

    private static readonly HashSet<string> Unmarked = new(StringComparer.OrdinalIgnoreCase) { "pre", "code", "kbd", "samp", "mark", "script", "style" };

    public static MarkedHtml Mark(string html, IReadOnlySet<string> terms, Analyzer stemmed)
    {
        if (terms.Count == 0 || html.Length == 0)
            return new MarkedHtml(html, 0, false);
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        if (document.Body is not { } body)
            return new MarkedHtml(html, 0, false);
        var texts = new List<IText>();
        Collect(body, texts);
        var marks = 0;
        var read = 0;
        var capped = false;
        foreach (var text in texts)
        {
            if (marks >= MaxMarks || read >= MaxTextChars)
            {
                capped = true;
                break;
            }
            read += text.Data.Length;
            var found = Matches(text.Data, terms, stemmed, MaxMarks - marks, out var more);
            capped |= more;
            if (found.Count == 0)
                continue;
            Wrap(document, text, found);
            marks += found.Count;
        }
        return new MarkedHtml(marks == 0 ? html : body.InnerHtml, marks, capped);
    }

    /// <summary>The text nodes outside code and marks, in document order (iteratively: sanitised HTML may still nest deeply).</summary>
    private static void Collect(INode root, List<IText> texts)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                texts.Add(text);
                continue;
            }
            if (node is IElement element && Unmarked.Contains(element.LocalName))
                continue;
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                pending.Push(node.ChildNodes[i]);
        }
    }

    /// <summary>
    /// Where the query's terms are in <paramref name="text"/>: character ranges, in order, overlaps merged, at most
    /// <paramref name="room"/> of them (<paramref name="more"/> says whether there were more).
    /// </summary>
    private static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms, Analyzer stemmed, int room, out bool more)
    {
        more = false;
        var found = new List<(int Start, int End)>();
        if (string.IsNullOrWhiteSpace(text))
            return found;
        using var stream = stemmed.GetTokenStream(NoteFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (!terms.Contains(term.ToString()))
                continue;
            var (start, end) = (Math.Clamp(offset.StartOffset, 0, text.Length), Math.Clamp(offset.EndOffset, 0, text.Length));
            if (end <= start)
                continue;
            if (found.Count > 0 && start <= found[^1].End)
                found[^1] = (Math.Min(found[^1].Start, start), Math.Max(found[^1].End, end));
            else if (found.Count < room)
                found.Add((start, end));
            else
                more = true;
        }
        stream.End();
        return found;
    }

    /// <summary>Replaces a text node by its pieces, the matched ones in &lt;mark&gt;.</summary>
    private static void Wrap(IDocument document, IText text, List<(int Start, int End)> found)
    {
        var parent = text.Parent!;
        var data = text.Data;
        var at = 0;
        foreach (var (start, end) in found)
        {
            if (start > at)
                parent.InsertBefore(document.CreateTextNode(data[at..start]), text);
            var mark = document.CreateElement("mark");
            mark.TextContent = data[start..end];
            parent.InsertBefore(mark, text);
            at = end;
        }
        if (at < data.Length)
            parent.InsertBefore(document.CreateTextNode(data[at..]), text);
        parent.RemoveChild(text);
    }
}

/// <summary>A note's HTML with the query's words marked.</summary>
/// <param name="Html">The HTML, matches in &lt;mark&gt; (the stored HTML as it was when nothing matched).</param>
/// <param name="Marks">How many matches were marked.</param>
/// <param name="Capped">True when marking stopped at <see cref="PageMarker.MaxMarks"/> or <see cref="PageMarker.MaxTextChars"/>.</param>
public sealed record MarkedHtml(string Html, int Marks, bool Capped);
