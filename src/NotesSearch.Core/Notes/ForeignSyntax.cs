using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotesSearch.Core.Notes;

/// <summary>Where a note's body comes from, for <see cref="ForeignSyntax"/>.</summary>
/// <param name="Path">The note, relative to the content folder ('/' separators): includes are relative to its folder.</param>
/// <param name="IsMdx">True for an <c>.mdx</c> file: <c>import</c>/<c>export</c> lines and JSX component tags are dropped.</param>
/// <param name="IsGoTemplate">True for a Go blog article with <c>template: true</c>: its <c>{{…}}</c> actions are done first.</param>
/// <param name="ContentRoot">The content folder, for includes; null to read no other file (includes are then dropped).</param>
/// <param name="Budget">The note's render budget: finding the body's code is a Markdown parse, and counts against it.</param>
internal sealed record BodySource(string Path, bool IsMdx, bool IsGoTemplate, string? ContentRoot, RenderBudget Budget);

/// <summary>
/// Turns the syntax other blog tools add to Markdown into Markdown, or drops it, before the body is
/// parsed, so the note page, the indexed text and the snippets never show it raw:
/// DocFX <c>:::image …:::</c> (an image), <c>:::moniker</c>/<c>:::row</c>/<c>:::column</c> fences
/// (dropped, their content kept and un-indented), <c>[!INCLUDE[…](…)]</c> and <c>[!code-…[…](…)]</c>
/// (the file when it is inside the content folder, else dropped), <c>[!div …]</c> and <c>[!VIDEO …]</c>;
/// Docusaurus <c>:::note</c> admonitions (an alert, as <c>&gt; [!NOTE]</c>, which Markdig renders as a
/// note box); Hugo shortcodes <c>{{&lt; … &gt;}}</c> and <c>{{% … %}}</c>, Zola and Jekyll tags
/// <c>{% … %}</c> and Zola calls <c>{{ name(…) }}</c> (a figure becomes an image, a YouTube video a
/// link, <c>highlight</c> a code fence, the rest dropped); MDX <c>import</c>/<c>export</c> lines and
/// JSX component tags (dropped, the text inside kept); Go template actions (<see cref="GoTemplateActions"/>).
/// All of it is left alone inside code. Thread-safe (no state); every pattern runs under a time limit.
/// </summary>
internal static partial class ForeignSyntax
{
    private const int RegexTimeoutMilliseconds = 1000;

    /// <summary>A JSX tag longer than this is not a tag (an unclosed '&lt;' in prose).</summary>
    private const int MaxTagLength = 4000;

    /// <summary>The body with every foreign construct made Markdown or dropped; a body without any comes back as it is.</summary>
    /// <exception cref="NoteFormatException">The body is nested too deeply for Markdig to find its code.</exception>
    public static string Translate(string body, BodySource source) =>
        Translate(body, source.Path, source.IsMdx, source.IsGoTemplate, new BodyIncludes(source.ContentRoot), source.Budget, depth: 0);

    private static string Translate(string body, string path, bool isMdx, bool isGoTemplate, BodyIncludes includes, RenderBudget budget, int depth)
    {
        var text = isGoTemplate ? GoTemplateActions.Expand(body, path, includes, depth) : body;
        if (!isMdx && !text.Contains(":::", StringComparison.Ordinal) && !text.Contains("[!", StringComparison.Ordinal)
            && !text.Contains("{{", StringComparison.Ordinal) && !text.Contains("{%", StringComparison.Ordinal))
            return text;
        var context = new Context(text, path, isMdx, includes, budget, depth, CodeRangesOf(text, budget));
        try
        {
            LineEdits(context);
            InlineEdits(context);
            if (isMdx)
                JsxEdits(context);
        }
        catch (RegexMatchTimeoutException)
        {
            // Never seen (every pattern stops at a line's end), but a pathological body must cost a
            // second, not the note: it is then indexed and shown as written.
            return text;
        }
        return Apply(text, context.Edits);
    }

    /// <summary>One replacement of <c>[Start, Start+Length)</c>; edits that overlap an earlier one are left out.</summary>
    private readonly record struct Edit(int Start, int Length, string Replacement);

    private sealed record Context(string Text, string Path, bool IsMdx, BodyIncludes Includes, RenderBudget Budget, int Depth, List<(int Start, int End)> Code)
    {
        public List<Edit> Edits { get; } = [];

        /// <summary>True when <paramref name="position"/> is inside a code block or a code span.</summary>
        public bool InCode(int position)
        {
            int low = 0, high = Code.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (position < Code[middle].Start)
                    high = middle - 1;
                else if (position >= Code[middle].End)
                    low = middle + 1;
                else
                    return true;
            }
            return false;
        }
    }

    /// <summary>Code blocks and code spans, sorted, as Markdig reads them.</summary>
    private static List<(int Start, int End)> CodeRangesOf(string text, RenderBudget budget)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var node in NoteMarkdown.Parse(text, budget).Descendants())
        {
            if (node is CodeBlock block)
                ranges.Add((block.Span.Start, block.Span.End + 1));
            else if (node is CodeInline inline)
                ranges.Add((inline.Span.Start, inline.Span.End + 1));
        }
        ranges.Sort();
        return ranges;
    }

    // Block-level constructs, one line each.

    private static void LineEdits(Context context)
    {
        var text = context.Text;
        var inAdmonition = false;
        var dedent = -1;          // inside a DocFX column: the indent its content loses (-1: not in one; 0: not known yet)
        var exportDepth = 0;      // inside a multi-line MDX export: its unclosed braces
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;
            // A directive may stand inside a quote or an alert ("> :::image …:::").
            var quoted = trimmed;
            while (quoted.StartsWith('>'))
                quoted = quoted[1..].TrimStart();
            var inCode = trimmed.Length > 0 && context.InCode(lineStart + indent);
            if (exportDepth > 0)
            {
                exportDepth += Braces(trimmed);
                Drop(context, lineStart, line.Length);
            }
            else if (!inCode && quoted.StartsWith(":::"))
            {
                Directive(context, lineStart, line, line.Length - quoted.Length, ref inAdmonition, ref dedent);
            }
            else if (context.IsMdx && !inCode && indent == 0 && (trimmed.StartsWith("import ") || trimmed.StartsWith("export ")))
            {
                exportDepth = Math.Max(0, Braces(trimmed));
                Drop(context, lineStart, line.Length);
            }
            else if (trimmed.Length > 0 && (dedent >= 0 || inAdmonition))
            {
                if (dedent == 0)
                    dedent = indent;
                var cut = dedent > 0 ? Math.Min(dedent, indent) : 0;
                context.Edits.Add(new Edit(lineStart, cut, inAdmonition ? "> " : ""));
            }
            else if (inAdmonition)
            {
                context.Edits.Add(new Edit(lineStart, 0, ">"));
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// A line starting with <c>:::</c> (outside code; after <paramref name="indent"/> characters of spaces
    /// and quote markers, which any replacement keeps): a DocFX directive or a Docusaurus admonition.
    /// </summary>
    private static void Directive(Context context, int lineStart, ReadOnlySpan<char> line, int indent, ref bool inAdmonition, ref int dedent)
    {
        var body = line[indent..].TrimStart(':');
        var nameLength = 0;
        while (nameLength < body.Length && (char.IsAsciiLetter(body[nameLength]) || body[nameLength] == '-'))
            nameLength++;
        var name = body[..nameLength].ToString().ToLowerInvariant();
        var rest = body[nameLength..].Trim().TrimEnd(':').Trim().ToString();
        var prefix = line[..indent].ToString();
        switch (name)
        {
            case "" when inAdmonition:
                inAdmonition = false;
                Drop(context, lineStart, line.Length, prefix);
                return;
            case "image":
                var attributes = Attributes(rest);
                context.Edits.Add(new Edit(lineStart, line.Length, attributes.TryGetValue("source", out var source)
                    ? $"{prefix}![{Escape(attributes.GetValueOrDefault("alt-text", ""))}]({source})"
                    : ""));
                return;
            case "code":
                var code = Attributes(rest);
                context.Edits.Add(new Edit(lineStart, line.Length,
                    code.TryGetValue("source", out var file) ? CodeFile(context, file, code.GetValueOrDefault("language", ""), prefix) : ""));
                return;
            case "column":
                dedent = 0;
                break;
            case "column-end":
                dedent = -1;
                break;
            case "note" or "tip" or "info" or "caution" or "danger" or "warning" or "important" when !inAdmonition:
                // Docusaurus: ":::tip Title" … ":::".
                inAdmonition = true;
                var kind = name switch { "info" => "NOTE", "danger" => "CAUTION", _ => name.ToUpperInvariant() };
                context.Edits.Add(new Edit(lineStart, line.Length, rest.Length > 0 ? $"> [!{kind}]\n> **{rest}**" : $"> [!{kind}]"));
                return;
        }
        // row, row-end, moniker, moniker-end, image-end, zone…: a fence around content that is kept.
        Drop(context, lineStart, line.Length, prefix);
    }

    /// <summary>
    /// Empties a line but for its quote markers (its newline stays, so blocks around it stay apart,
    /// and a quote stays one quote).
    /// </summary>
    private static void Drop(Context context, int start, int length, string prefix = "") =>
        context.Edits.Add(new Edit(start, length, prefix.Contains('>') ? prefix.TrimEnd() : ""));

    /// <summary>Brackets opened minus closed: an MDX <c>export</c> goes on until they balance.</summary>
    private static int Braces(ReadOnlySpan<char> line)
    {
        var depth = 0;
        foreach (var c in line)
            depth += c is '{' or '(' or '[' ? 1 : c is '}' or ')' or ']' ? -1 : 0;
        return depth;
    }

    // Inline constructs, anywhere outside code.

    private static void InlineEdits(Context context)
    {
        foreach (Match match in IncludePattern().Matches(context.Text))
        {
            if (!context.InCode(match.Index))
                context.Edits.Add(new Edit(match.Index, match.Length, Include(context, match.Groups["path"].Value, LineIndent(context.Text, match.Index))));
        }
        foreach (Match match in CodeReferencePattern().Matches(context.Text))
        {
            if (!context.InCode(match.Index))
                context.Edits.Add(new Edit(match.Index, match.Length, CodeFile(context, match.Groups["path"].Value, match.Groups["language"].Value, LineIndent(context.Text, match.Index))));
        }
        foreach (Match match in DocFxMarkerPattern().Matches(context.Text))
        {
            if (!context.InCode(match.Index))
            {
                var url = match.Groups["arguments"].Value.Trim();
                context.Edits.Add(new Edit(match.Index, match.Length,
                    match.Groups["kind"].Value.Equals("video", StringComparison.OrdinalIgnoreCase) && url.Length > 0 ? $"[video]({url})" : ""));
            }
        }
        foreach (Match match in TemplateTagPattern().Matches(context.Text))
        {
            if (!context.InCode(match.Index))
                context.Edits.Add(new Edit(match.Index, match.Length, Shortcode(match.Groups["body"].Value, context.Path)));
        }
        // Jekyll runs every post through Liquid, so its {{ output }} never reaches a reader; other tools show {{ }} as written.
        if (context.Path.Split('/').Any(folder => folder is "_posts" or "_drafts"))
        {
            foreach (Match match in LiquidOutputPattern().Matches(context.Text))
            {
                if (!context.InCode(match.Index))
                    context.Edits.Add(new Edit(match.Index, match.Length, match.Groups["literal"].Success ? match.Groups["literal"].Value : ""));
            }
        }
    }

    /// <summary>
    /// The site address of the note a Hugo <c>ref</c>/<c>relref</c> or a Jekyll <c>post_url</c> names: its slug by the
    /// default rule (<see cref="NoteSlugs.OfPath"/>), the target taken from the content folder when it starts with
    /// '/', else from the linking note's folder; empty when it names nothing that can be a note.
    /// </summary>
    private static string NoteLink(string notePath, string target)
    {
        target = target.Split('#')[0].Replace('\\', '/');
        var folder = target.StartsWith('/') ? "" : notePath[..(notePath.LastIndexOf('/') + 1)];
        var parts = new List<string>();
        foreach (var part in (folder + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        if (parts.Count == 0)
            return "";
        if (!ContentScanner.IsNoteFileName(parts[^1]))
            parts[^1] += ".md";
        return NoteSlugs.OfPath(string.Join('/', parts)) is { } slug ? "/notes/" + slug : "";
    }

    /// <summary>
    /// What a shortcode or tag becomes: a figure (any with <c>src</c>) an image, a YouTube or Vimeo
    /// embed a link, <c>highlight</c> a code fence; anything else nothing.
    /// </summary>
    private static string Shortcode(string body, string notePath)
    {
        var text = body.Trim().Trim('-').Trim();
        var nameEnd = 0;
        while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] != '(')
            nameEnd++;
        var name = text[..nameEnd];
        var rest = text[nameEnd..].Trim().Trim('(', ')');
        var attributes = Attributes(rest);
        var positional = rest.Length > 0 && !rest.Contains('=') ? rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].Trim('"') : null;
        switch (name.ToLowerInvariant())
        {
            case "highlight":
                return "```" + (positional ?? "");
            case "/highlight" or "endhighlight":
                return "```";
            case "ref" or "relref" when positional is not null:
                return NoteLink(notePath, positional);
            case "post_url" when positional is not null:
                return NoteLink(notePath, "/_posts/" + positional);
            case "youtube" when (attributes.GetValueOrDefault("id") ?? positional) is { } video:
                return $"[YouTube video](https://www.youtube.com/watch?v={Uri.EscapeDataString(video)})";
            case "vimeo" when (attributes.GetValueOrDefault("id") ?? positional) is { } video:
                return $"[Vimeo video](https://vimeo.com/{Uri.EscapeDataString(video)})";
        }
        if (attributes.TryGetValue("src", out var source))
        {
            var alt = attributes.GetValueOrDefault("alt") ?? attributes.GetValueOrDefault("caption") ?? attributes.GetValueOrDefault("title") ?? "";
            return $"![{Escape(alt)}]({source})";
        }
        return "";
    }

    /// <summary>An included Markdown file's body (front matter dropped, its own foreign syntax done), or nothing.</summary>
    private static string Include(Context context, string target, string indent)
    {
        if (context.Includes.Read(context.Path, target, context.Depth) is not { } file)
            return "";
        string body;
        try
        {
            FrontMatterReader.Read(file.Text, out var bodyStart);
            var isMdx = file.Path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
            body = Translate(file.Text[bodyStart..], file.Path, isMdx, isGoTemplate: false, context.Includes, context.Budget, context.Depth + 1);
        }
        catch (NoteFormatException)
        {
            return "";
        }
        return Indent(body.Trim('\n', '\r'), indent);
    }

    /// <summary>A source file as a fenced code block, or nothing when it is not in the content folder.</summary>
    private static string CodeFile(Context context, string target, string language, string indent)
    {
        if (context.Includes.Read(context.Path, target, context.Depth) is not { } file)
            return "";
        var fence = file.Text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
        return Indent($"{fence}{language}\n{file.Text.TrimEnd()}\n{fence}", indent);
    }

    /// <summary>Every line after the first gets <paramref name="indent"/>, so a block stays inside the list item it was in.</summary>
    private static string Indent(string text, string indent) =>
        indent.Length == 0 ? text : text.Replace("\n", "\n" + indent, StringComparison.Ordinal);

    /// <summary>The whitespace before <paramref name="position"/> on its line, when only whitespace is there; else empty.</summary>
    private static string LineIndent(string text, int position)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (position > 0 && text[position - 1] == '\n')
            start = position;
        var before = text.AsSpan(start, position - start);
        return before.IsWhiteSpace() ? before.ToString() : "";
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AttributePattern().Matches(text))
            attributes.TryAdd(match.Groups["name"].Value, match.Groups["value"].Value);
        return attributes;
    }

    /// <summary>Alt text inside <c>![…]</c>: brackets would end it early.</summary>
    private static string Escape(string alt) => alt.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    // MDX: JSX component tags (a capital first letter, or a fragment) are dropped; the text between stays.

    private static void JsxEdits(Context context)
    {
        var text = context.Text;
        foreach (Match match in JsxCommentPattern().Matches(text))
        {
            if (!context.InCode(match.Index))
                context.Edits.Add(new Edit(match.Index, match.Length, ""));
        }
        var position = text.IndexOf('<');
        while (position >= 0 && position + 1 < text.Length)
        {
            var next = text[position + 1];
            var isTag = char.IsAsciiLetterUpper(next) || next == '>'
                || (next == '/' && position + 2 < text.Length && (char.IsAsciiLetterUpper(text[position + 2]) || text[position + 2] == '>'));
            if (isTag && !context.InCode(position) && TagEnd(text, position) is { } end)
            {
                context.Edits.Add(new Edit(position, end - position, ""));
                position = text.IndexOf('<', end);
            }
            else
            {
                position = text.IndexOf('<', position + 1);
            }
        }
    }

    /// <summary>Where a JSX tag opened at <paramref name="start"/> ends (after its '&gt;'), skipping strings and <c>{…}</c>; null when it does not within <see cref="MaxTagLength"/>.</summary>
    private static int? TagEnd(string text, int start)
    {
        var depth = 0;
        char quote = '\0';
        var limit = Math.Min(text.Length, start + MaxTagLength);
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (c == '>' && depth <= 0)
            {
                return i + 1;
            }
            else if (c == '<' && depth <= 0)
            {
                return null;
            }
        }
        return null;
    }

    private static string Apply(string text, List<Edit> edits)
    {
        if (edits.Count == 0)
            return text;
        // Stable: a line's edit and an inline one at the same place keep the order they were found in.
        var ordered = edits.Select((edit, index) => (edit, index)).OrderBy(e => e.edit.Start).ThenBy(e => e.index).Select(e => e.edit);
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Start < position)
                continue;
            result.Append(text, position, edit.Start - position).Append(edit.Replacement);
            position = edit.Start + edit.Length;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    [GeneratedRegex(@"\[!INCLUDE\s*\[[^\]\n]*\]\(\s*<?(?<path>[^)\s>]+)>?\s*\)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex IncludePattern();

    [GeneratedRegex(@"\[!code-(?<language>[\w+#.-]+)\s*\[[^\]\n]*\]\(\s*(?<path>[^)\s]+)\s*\)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex CodeReferencePattern();

    [GeneratedRegex(@"\[!(?<kind>div|video)\b(?<arguments>[^\]\n]*)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex DocFxMarkerPattern();

    /// <summary>Hugo <c>{{&lt; … &gt;}}</c> and <c>{{% … %}}</c>, Zola/Jekyll <c>{% … %}</c>, Zola <c>{{ name(…) }}</c>.</summary>
    [GeneratedRegex(@"\{\{<(?<body>[^\n]*?)>\}\}|\{\{%(?<body>[^\n]*?)%\}\}|\{%(?<body>[^\n]*?)%\}|\{\{\s*(?<body>[A-Za-z_]\w*\([^\n]*?\))\s*\}\}", RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex TemplateTagPattern();

    /// <summary>Liquid output on one line: <c>{{ site.baseurl }}</c>, <c>{{ "/about/" | relative_url }}</c> (its literal kept).</summary>
    [GeneratedRegex(@"\{\{-?\s*(?:""(?<literal>[^""\n]*)""|'(?<literal>[^'\n]*)'|[^{}\n]*?)[^{}\n]*?-?\}\}", RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex LiquidOutputPattern();

    [GeneratedRegex(@"(?<name>[A-Za-z][\w-]*)\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"\{/\*.*?\*/\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex JsxCommentPattern();
}
