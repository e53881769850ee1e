using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace NotesSearch.Core.Notes;

/// <summary>
/// A fast path for the front matter people actually write: <c>key: value</c> lines whose values
/// are plain or simply quoted text, <c>[a, b]</c> lists or <c>- item</c> lists. YamlDotNet's
/// scanner costs tens of microseconds for even a few lines, a third of a note's parse time, and
/// a million notes pay it a million times. Anything outside this subset (escapes, block scalars,
/// anchors, nested mappings, comments after values, odd indentation) gives up and is left to
/// YamlDotNet, so the result is always the same as YamlDotNet's (a test checks this) and every
/// problem is reported by YamlDotNet. Thread-safe (no state).
/// </summary>
internal static class SimpleYamlReader
{
    // Characters YAML treats specially where a reader would not expect it: controls (not
    // printable, so an error), NEL and the Unicode line and paragraph separators (line breaks
    // in YAML 1.1), and a stray byte order mark. Lines with any of them go to YamlDotNet.
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);

    /// <summary>Reads <paramref name="yaml"/> when it is in the simple subset; false when it is not.</summary>
    public static bool TryRead(string yaml, int lineOffset, [NotNullWhen(true)] out FrontMatter? frontMatter)
    {
        frontMatter = null;
        var result = new FrontMatter();
        string? listKey = null;
        var listLine = 0;
        var listIndent = -1;
        List<string> items = [];
        var lineNumber = 0;
        foreach (var range in yaml.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = yaml.AsSpan(range).TrimEnd('\r').TrimEnd(' ');
            if (line.IsEmpty || line[0] == '#')
                continue;
            if (line.ContainsAny(Unusual))
                return false;
            var content = line.TrimStart(' ');
            var indent = line.Length - content.Length;
            if (content.StartsWith("- "))
            {
                if (listKey is null || (listIndent >= 0 && indent != listIndent))
                    return false;
                listIndent = indent;
                if (!TryScalar(content[2..].TrimStart(' '), out var item) || item is null)
                    return false;
                items.Add(item);
                continue;
            }
            if (indent > 0 || content[0] == '-')
                return false;
            if (listKey is not null)
                AddList(result, ref listKey, listLine, ref listIndent, ref items);

            var colon = content.IndexOf(':');
            if (colon <= 0 || !IsSimpleKey(content[..colon]))
                return false;
            var key = content[..colon].ToString();
            var rest = content[(colon + 1)..];
            if (rest.IsEmpty)
            {
                (listKey, listLine) = (key, lineNumber + lineOffset);
                continue;
            }
            if (rest[0] != ' ')
                return false;
            var value = rest.TrimStart(' ');
            if (value[0] == '[')
            {
                if (!TryFlowList(value, out var list))
                    return false;
                result.Add(key, new FrontMatterValue(lineNumber + lineOffset, Items: list));
            }
            else if (!TryScalar(value, out var text))
            {
                return false;
            }
            else if (text is not null)
            {
                result.Add(key, new FrontMatterValue(lineNumber + lineOffset, Text: text));
            }
        }
        if (listKey is not null)
            AddList(result, ref listKey, listLine, ref listIndent, ref items);
        frontMatter = result;
        return true;
    }

    /// <summary>Ends a <c>key:</c> block: a list if items followed it, else YAML's null (left out).</summary>
    private static void AddList(FrontMatter result, ref string? key, int line, ref int indent, ref List<string> items)
    {
        if (items.Count > 0)
        {
            result.Add(key!, new FrontMatterValue(line, Items: items));
            items = [];
        }
        (key, indent) = (null, -1);
    }

    private static bool IsSimpleKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetterOrDigit(key[0]) && key[0] != '_')
            return false;
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
                return false;
        }
        return true;
    }

    /// <summary>A one-line scalar: "quoted" without escapes, 'quoted' without quotes, or plain; null for YAML's null.</summary>
    private static bool TryScalar(ReadOnlySpan<char> value, out string? text)
    {
        text = null;
        if (value.IsEmpty)
            return false;
        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            var inner = value.Length >= 2 && value[^1] == quote ? value[1..^1] : default;
            if (value.Length < 2 || value[^1] != quote || inner.Contains(quote) || (quote == '"' && inner.Contains('\\')))
                return false;
            text = inner.ToString();
            return true;
        }
        if (!IsSimplePlain(value))
            return false;
        text = value is "~" or "null" or "Null" or "NULL" ? null : value.ToString();
        return true;
    }

    /// <summary>A plain scalar that means only its own text: no indicator first, no comment, no nested mapping.</summary>
    private static bool IsSimplePlain(ReadOnlySpan<char> value) =>
        "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && value[^1] != ':';

    /// <summary>A flow list of plain items on one line: <c>[a, b]</c>.</summary>
    private static bool TryFlowList(ReadOnlySpan<char> value, [NotNullWhen(true)] out List<string>? list)
    {
        list = null;
        if (value[^1] != ']')
            return false;
        var inner = value[1..^1];
        if (inner.ContainsAny("[]{}\"'#:"))
            return false;
        list = [];
        if (inner.IsWhiteSpace())
            return true;
        foreach (var range in inner.Split(','))
        {
            var item = inner[range].Trim(' ');
            if (item.IsEmpty || !IsSimplePlain(item) || item is "~" or "null" or "Null" or "NULL")
                return false;
            list.Add(item.ToString());
        }
        return true;
    }
}
