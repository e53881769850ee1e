using System.Net;
using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The text of raw HTML written in a note: tags and comments dropped, the content of
/// <c>script</c> and <c>style</c> dropped, entities decoded. A small scanner, not a DOM: it only
/// has to keep words for the index, and must be fast and never throw. Thread-safe (no state).
/// </summary>
internal static class HtmlText
{
    // Tags inside a word ("un<em>believ</em>able") must not split it; every other tag
    // (<br>, <p>, <td>, <img>) stands between words and becomes a space.
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    /// <summary>Appends the text of <paramref name="html"/> to <paramref name="text"/>.</summary>
    public static void Append(StringBuilder text, string html)
    {
        var position = 0;
        while (position < html.Length)
        {
            var tagStart = html.IndexOf('<', position);
            var runEnd = tagStart < 0 ? html.Length : tagStart;
            AppendDecoded(text, html.AsSpan(position, runEnd - position));
            if (tagStart < 0)
                break;
            position = SkipTag(text, html, tagStart);
        }
    }

    /// <summary>True unless <paramref name="tag"/> is an inline tag that may sit inside a word.</summary>
    public static bool SeparatesWords(string tag) => !InlineTags.Contains(TagName(tag));

    /// <summary>One space between words: none at a line's start or after another space.</summary>
    public static void AppendSpace(StringBuilder text)
    {
        if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
            text.Append(' ');
    }

    private static int SkipTag(StringBuilder text, string html, int tagStart)
    {
        if (html.AsSpan(tagStart).StartsWith("<!--"))
            return SkipPast(html, tagStart + 4, "-->");
        var tagEnd = html.IndexOf('>', tagStart);
        if (tagEnd < 0)
        {
            // A lone '<' ("a < b") is text.
            text.Append('<');
            return tagStart + 1;
        }
        var tag = html[tagStart..(tagEnd + 1)];
        var name = TagName(tag);
        if (!tag.StartsWith("</", StringComparison.Ordinal) && name.ToLowerInvariant() is "script" or "style")
            return SkipPast(html, tagEnd + 1, $"</{name}");
        if (SeparatesWords(tag))
            AppendSpace(text);
        return tagEnd + 1;
    }

    private static int SkipPast(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return html.Length;
        var close = html.IndexOf('>', at);
        return close < 0 ? html.Length : close + 1;
    }

    private static string TagName(string tag)
    {
        var start = tag.StartsWith("</", StringComparison.Ordinal) ? 2 : 1;
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-'))
            end++;
        return tag[start..end];
    }

    private static void AppendDecoded(StringBuilder text, ReadOnlySpan<char> run)
    {
        if (run.Contains('&'))
            text.Append(WebUtility.HtmlDecode(run.ToString()));
        else
            text.Append(run);
    }
}
