using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The Go blog's template actions (a note with <c>template: true</c>), done the way its site does them,
/// before the Markdown is read and wherever they stand: <c>{{raw `…`}}</c> gives its text as it is,
/// <c>{{video "url"}}</c> a link to the video, <c>{{code "file"}}</c> and <c>{{play "file"}}</c> the
/// file as a code block when it is in the content folder; every other action (<c>{{image …}}</c> without
/// words, <c>{{range …}}</c>, <c>{{end}}</c>) is dropped. Thread-safe (no state).
/// </summary>
internal static class GoTemplateActions
{
    /// <summary>The body with every action done or dropped; an action never closed is dropped to the end.</summary>
    public static string Expand(string body, string path, BodyIncludes includes, int depth)
    {
        if (!body.Contains("{{", StringComparison.Ordinal))
            return body;
        var text = new StringBuilder(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var open = body.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
                break;
            text.Append(body, position, open - position);
            var close = CloseOf(body, open + 2);
            var action = body[(open + 2)..Math.Max(open + 2, close - 2)];
            text.Append(Replacement(action.Trim(' ', '\t', '\n', '\r', '-'), path, includes, depth));
            position = close;
        }
        return text.Append(body, position, body.Length - position).ToString();
    }

    /// <summary>Where the action that opened before <paramref name="start"/> ends (after its <c>}}</c>); strings inside are skipped.</summary>
    private static int CloseOf(string body, int start)
    {
        var i = start;
        while (i < body.Length)
        {
            var c = body[i];
            if (c is '"' or '`')
            {
                // A Go string: "…" with \ escapes, or `…` raw (may span lines).
                i++;
                while (i < body.Length && body[i] != c)
                    i += c == '"' && body[i] == '\\' ? 2 : 1;
                i++;
            }
            else if (c == '}' && i + 1 < body.Length && body[i + 1] == '}')
            {
                return i + 2;
            }
            else
            {
                i++;
            }
        }
        return body.Length;
    }

    private static string Replacement(string action, string path, BodyIncludes includes, int depth)
    {
        var space = action.IndexOfAny([' ', '\t', '\n']);
        var name = space < 0 ? action : action[..space];
        var argument = space < 0 ? null : FirstString(action[space..]);
        switch (name)
        {
            case "raw" when argument is not null:
                return argument;
            case "video" when argument is not null:
                return $"[video]({argument})";
            case "code" or "play" when argument is not null:
                var file = includes.Read(path, argument, depth);
                if (file is null)
                    return "";
                var fence = file.Value.Text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                var language = Path.GetExtension(argument).TrimStart('.');
                return $"\n{fence}{language}\n{file.Value.Text.TrimEnd()}\n{fence}\n";
            default:
                return "";
        }
    }

    /// <summary>The first Go string literal in <paramref name="arguments"/>, unquoted; null when there is none.</summary>
    private static string? FirstString(string arguments)
    {
        var text = arguments.TrimStart();
        if (text.Length < 2 || text[0] is not ('"' or '`'))
            return null;
        var quote = text[0];
        var end = text.IndexOf(quote, 1);
        if (end < 0)
            return null;
        var value = text[1..end];
        return quote == '"' ? value.Replace("\\\"", "\"").Replace("\\\\", "\\") : value;
    }
}
