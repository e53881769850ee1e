using System.Text;
using Lucene.Net.Search.PostingsHighlight;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Formats highlighter passages as safe HTML: matched words in &lt;mark&gt;, every other character escaped.
/// With a window, it shows about that many characters around the best passage's first match, cut between
/// words, with "…" where text was left out; without one, the whole text (titles). Stateless; thread-safe.
/// </summary>
internal sealed class MarkPassageFormatter(int? window) : PassageFormatter
{
    public const string Ellipsis = "…";

    public override object Format(Passage[] passages, string content)
    {
        if (content.Length == 0)
            return "";
        var matches = Matches(passages);
        var (start, end) = window is { } size ? Window(passages, matches, content, size) : (0, content.Length);
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

    /// <summary>Every match of every passage, in order, overlapping ones merged (rocev2 and roce share one word).</summary>
    private static List<(int Start, int End)> Matches(Passage[] passages)
    {
        var all = new List<(int Start, int End)>();
        foreach (var passage in passages)
        {
            for (var i = 0; i < passage.NumMatches; i++)
                all.Add((passage.MatchStarts[i], passage.MatchEnds[i]));
        }
        all.Sort();
        var merged = new List<(int Start, int End)>(all.Count);
        foreach (var match in all)
        {
            if (merged.Count > 0 && match.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, match.End));
            else
                merged.Add(match);
        }
        return merged;
    }

    private static (int Start, int End) Window(Passage[] passages, List<(int Start, int End)> matches, string content, int size)
    {
        if (content.Length <= size)
            return (0, content.Length);
        var best = passages.Length == 0 ? null : passages.MaxBy(p => p.Score);
        var passageStart = best?.StartOffset ?? 0;
        var firstMatch = best is { NumMatches: > 0 } ? best.MatchStarts.Take(best.NumMatches).Min() : passageStart;
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
