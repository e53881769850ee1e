using System.Globalization;
using System.Text;
using Lucene.Net.Search.PostingsHighlight;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Formats highlighter passages as safe HTML: matched words in &lt;mark&gt;, every other character escaped.
/// With <paramref name="terms"/>, a word that only belongs to a phrase is marked only where the whole phrase stands
/// (<c>"tool call"</c> leaves the <c>tool</c> of "every tool returns" unmarked), and a phrase occurrence is one mark.
/// Marks with only white space between them become one (<c>&lt;mark&gt;KV cache&lt;/mark&gt;</c>).
/// With a window, it shows about that many characters around the best passage's first mark, cut between
/// words, with "…" where text was left out; without one, the whole text (titles). Stateless; thread-safe.
/// </summary>
/// <param name="window">Characters of a snippet; null for the whole text.</param>
/// <param name="terms">What may be marked where; null marks every match.</param>
internal sealed class MarkPassageFormatter(int? window, HighlightTerms? terms = null) : PassageFormatter
{
    public const string Ellipsis = "…";

    public override object Format(Passage[] passages, string content)
    {
        if (content.Length == 0)
            return "";
        var marked = passages.Select(p => (Passage: p, Marks: Marks(p, content))).ToArray();
        var matches = Merge(marked.SelectMany(m => m.Marks), content);
        var (start, end) = window is { } size ? Window(marked, matches, content, size) : (0, content.Length);
        var html = new StringBuilder(end - start + 32);
        if (start > 0)
            html.Append(Ellipsis);
        var at = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchEnd <= at || matchStart >= end)
                continue;
            var from = Math.Max(matchStart, at);
            var to = Math.Min(matchEnd, end);
            HtmlText.Append(html, content, at, from).Append("<mark>");
            HtmlText.Append(html, content, from, to).Append("</mark>");
            at = to;
        }
        HtmlText.Append(html, content, at, end);
        if (end < content.Length)
            html.Append(Ellipsis);
        return html.ToString();
    }

    /// <summary>What to mark in one passage: words that may stand alone, and whole occurrences of phrases.</summary>
    private List<(int Start, int End)> Marks(Passage passage, string content)
    {
        // Matches at one offset are one place (a word indexed as several terms, rocev2 and roce).
        var places = new List<(int Start, int End, HashSet<string> Terms)>();
        var order = Enumerable.Range(0, passage.NumMatches).OrderBy(i => passage.MatchStarts[i]).ThenBy(i => passage.MatchEnds[i]);
        foreach (var i in order)
        {
            var term = passage.MatchTerms[i]?.Utf8ToString() ?? "";
            if (places.Count > 0 && places[^1].Start == passage.MatchStarts[i])
            {
                places[^1].Terms.Add(term);
                places[^1] = (places[^1].Start, Math.Max(places[^1].End, passage.MatchEnds[i]), places[^1].Terms);
            }
            else
            {
                places.Add((passage.MatchStarts[i], passage.MatchEnds[i], new HashSet<string>(StringComparer.Ordinal) { term }));
            }
        }
        if (terms is null)
            return places.Select(p => (p.Start, p.End)).ToList();
        var marks = places.Where(p => p.Terms.Overlaps(terms.Alone)).Select(p => (p.Start, p.End)).ToList();
        foreach (var phrase in terms.Phrases)
        {
            for (var i = 0; i < places.Count; i++)
            {
                var last = i;
                for (var k = 1; k < phrase.Terms.Length && last >= 0; k++)
                {
                    var next = last + 1;
                    last = next < places.Count && places[next].Terms.Overlaps(phrase.Terms[k])
                        && Words(content, places[last].End, places[next].Start) == phrase.Positions[k] - phrase.Positions[k - 1] - 1
                        ? next
                        : -1;
                }
                if (last >= 0 && places[i].Terms.Overlaps(phrase.Terms[0]))
                    marks.Add((places[i].Start, places[last].End));
            }
        }
        return marks;
    }

    /// <summary>
    /// How many words stand between two marks, as the tokenizer counts them: a run of letters and digits is one word,
    /// each CJK character is one. Tells a phrase occurrence (the words next to each other, or a left-out stop word
    /// apart) from the same words far apart.
    /// </summary>
    private static int Words(string content, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var c = content[i];
            if (IsIdeographic(c))
            {
                words++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return words;
    }

    private static bool IsIdeographic(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>Marks in order, overlapping ones and ones with only white space between them merged into one.</summary>
    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> marks, string content)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var mark in marks.Order())
        {
            if (merged.Count > 0 && (mark.Start <= merged[^1].End || IsSpace(content, merged[^1].End, mark.Start)))
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            else
                merged.Add(mark);
        }
        return merged;
    }

    private static bool IsSpace(string content, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(content[i]))
                return false;
        }
        return true;
    }

    private static (int Start, int End) Window((Passage Passage, List<(int Start, int End)> Marks)[] passages, List<(int Start, int End)> matches, string content, int size)
    {
        if (content.Length <= size)
            return (0, content.Length);
        // The best passage that holds a mark (a passage whose matches were all parts of phrases found elsewhere shows nothing).
        var marked = passages.Where(p => p.Marks.Count > 0).ToArray();
        var pool = marked.Length > 0 ? marked : passages;
        var best = pool.Length == 0 ? default : pool.MaxBy(p => p.Passage.Score);
        var passageStart = best.Passage?.StartOffset ?? 0;
        var firstMatch = best.Marks is { Count: > 0 } ? best.Marks.Min(m => m.Start) : passageStart;
        // Start at the passage (a sentence) when the match is near its beginning, else a little before the match.
        var start = firstMatch - passageStart <= size / 2 ? passageStart : firstMatch - size / 4;
        start = Math.Clamp(start, 0, content.Length);
        var end = Math.Min(content.Length, start + size);
        if (end - start < size)
            start = Math.Max(0, end - size);
        // Cut between words (never inside a match or a surrogate pair).
        if (start > 0)
        {
            var space = content.IndexOf(' ', start, Math.Min(30, firstMatch > start ? firstMatch - start : 0));
            if (space >= 0)
                start = space + 1;
            if (start < content.Length && char.IsLowSurrogate(content[start]))
                start++;
        }
        if (end < content.Length)
        {
            var lastSpace = content.LastIndexOf(' ', end - 1, Math.Min(30, end - start));
            if (lastSpace > start)
                end = lastSpace;
            if (end < content.Length && end > 0 && char.IsLowSurrogate(content[end]))
                end--;
            foreach (var (matchStart, matchEnd) in matches)
            {
                if (matchStart < end && matchEnd > end)
                    end = matchEnd;
            }
        }
        return (start, end);
    }
}
