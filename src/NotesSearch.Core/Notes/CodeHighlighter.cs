using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Server-side syntax highlighting of a fenced code block, with the TextMate grammars VS Code ships (TextMateSharp):
/// C#, Python, JavaScript/TypeScript, Go, Rust, C/C++, shell, JSON, YAML, SQL, HTML, XML, CSS, Java and PowerShell
/// (<see cref="Common"/>, each loaded when a block first needs it; the package has some forty, left plain) (ColorCode, the other
/// kept .NET highlighter, has no Go, Rust, shell, JSON or YAML). The output is escaped text in
/// <c>&lt;span class="hl-…"&gt;</c> elements (the classes in <see cref="ClassOf"/>), styled by the site's CSS in light
/// and dark: no script and no inline style, so it survives the site's CSP and the sanitiser's allow-list.
/// Thread-safe: a grammar is not, so each thread tokenising takes a set of grammars of its own (<see cref="GrammarSet"/>),
/// at most one set per core, and gives it back after the block. One set shared under a lock had made a DocFX
/// documentation full of code (tests/corpora/cpp-docs) parse on one core.
/// </summary>
internal static class CodeHighlighter
{
    /// <summary>A block larger than this is shown plain: TextMate's regexes cost grow with the text, colour helps little there.</summary>
    public const int MaxCodeLength = 100_000;

    /// <summary>A line longer than this (minified code, data) is shown plain, as VS Code stops tokenising long lines.</summary>
    public const int MaxLineLength = 2_000;

    /// <summary>Sets not in use; never more than <see cref="Sets"/> lets be taken.</summary>
    private static readonly ConcurrentBag<GrammarSet> Idle = [];

    /// <summary>How many sets may be in use at once: one per core (each holds its own compiled grammars).</summary>
    private static readonly SemaphoreSlim Sets = new(Environment.ProcessorCount);

    /// <summary>Names writers put after the fence that are neither a grammar's language id nor a file extension.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["c#"] = "csharp",
        ["cs"] = "csharp",
        ["py"] = "python",
        ["python3"] = "python",
        ["js"] = "javascript",
        ["jsx"] = "javascriptreact",
        ["ts"] = "typescript",
        ["tsx"] = "typescriptreact",
        ["golang"] = "go",
        ["rs"] = "rust",
        ["c++"] = "cpp",
        ["cc"] = "cpp",
        ["cxx"] = "cpp",
        ["h"] = "c",
        ["hpp"] = "cpp",
        ["sh"] = "shellscript",
        ["bash"] = "shellscript",
        ["shell"] = "shellscript",
        ["zsh"] = "shellscript",
        ["console"] = "shellscript",
        ["yml"] = "yaml",
        ["jsonc"] = "json",
        ["ps1"] = "powershell",
        ["pwsh"] = "powershell",
        ["rb"] = "ruby",
        ["docker"] = "dockerfile",
        ["kt"] = "kotlin",
        ["md"] = "markdown",
        ["html"] = "html",
        ["xml"] = "xml",
    };

    /// <summary>The languages highlighted; each grammar is loaded the first time a block of its language is met.</summary>
    public static IReadOnlySet<string> Common { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "python", "javascript", "typescript", "go", "rust", "c", "cpp", "shellscript", "json", "yaml", "sql", "html",
        "powershell", "xml", "css", "java",
    };

    /// <summary>
    /// <paramref name="code"/> (lines ending in '\n') as escaped HTML with its tokens in classed spans, or null when the
    /// language is unknown, the code is too large (<see cref="MaxCodeLength"/>, <see cref="MaxLineLength"/>), or
    /// tokenising it would take longer than <paramref name="limit"/>: the caller then writes the code plain.
    /// Never throws on odd code: a grammar that fails shows the block plain. Loading a grammar the first time (JSON,
    /// regex compilation, JIT: up to seconds on a busy machine) is not tokenising: it is outside
    /// <paramref name="limit"/>, and given back to the note's <paramref name="budget"/> when there is one.
    /// </summary>
    public static string? Highlight(string code, string language, TimeSpan limit, RenderBudget? budget = null)
    {
        if (code.Length > MaxCodeLength || language.Length == 0 || language.Length > 40 || limit <= TimeSpan.Zero)
            return null;
        // Other languages are shown plain.
        var id = Aliases.GetValueOrDefault(language, language);
        if (!Common.Contains(id))
            return null;
        if (!Sets.Wait(limit >= TimeSpan.FromDays(1) ? Timeout.InfiniteTimeSpan : limit))
            return null;
        var loading = Stopwatch.StartNew();
        var set = Idle.TryTake(out var idle) ? idle : new GrammarSet();
        try
        {
            var grammar = set.For(id);
            budget?.GiveBack(loading.Elapsed);
            return grammar is null ? null : Tokenize(grammar, code, limit, Stopwatch.StartNew());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A grammar's regex that its engine rejects, a rule stack it cannot follow: a plain block, never a lost note.
            return null;
        }
        finally
        {
            Idle.Add(set);
            Sets.Release();
        }
    }

    private static string? Tokenize(IGrammar grammar, string code, TimeSpan limit, Stopwatch clock)
    {
        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var lines = code.Split('\n');
        // The text after the last '\n' is empty: every line of a code block ends in one.
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == lines.Length - 1 && line.Length == 0)
                break;
            // Capped: TextMate turns the limit into a timer, which a "no limit" TimeSpan would overflow.
            var left = TimeSpan.FromTicks(Math.Min((limit - clock.Elapsed).Ticks, TimeSpan.FromMinutes(1).Ticks));
            if (line.Length > MaxLineLength || left <= TimeSpan.Zero)
                return null;
            var result = grammar.TokenizeLine(line, state, left);
            // TextMate stops a line at the limit and returns what it has; a stopped line is not worth showing half-coloured.
            if (clock.Elapsed >= limit)
                return null;
            state = result.RuleStack;
            string? open = null;
            foreach (var token in result.Tokens)
            {
                var start = Math.Min(token.StartIndex, line.Length);
                var end = Math.Min(token.EndIndex, line.Length);
                if (end <= start)
                    continue;
                var cls = ClassOf(token.Scopes);
                if (cls != open)
                {
                    if (open is not null)
                        html.Append("</span>");
                    if (cls is not null)
                        html.Append("<span class=\"").Append(cls).Append("\">");
                    open = cls;
                }
                html.Append(WebUtility.HtmlEncode(line[start..end]));
            }
            if (open is not null)
                html.Append("</span>");
            html.Append('\n');
        }
        return html.ToString();
    }

    /// <summary>
    /// The class of a token: its innermost TextMate scope that names one of a few kinds (the common ground of the
    /// grammars, as the themes colour them); null for plain text and punctuation.
    /// </summary>
    internal static string? ClassOf(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i];
            string? cls = scope switch
            {
                _ when scope.StartsWith("comment", StringComparison.Ordinal) => "hl-comment",
                _ when scope.StartsWith("constant.character.escape", StringComparison.Ordinal) => "hl-escape",
                _ when scope.StartsWith("string", StringComparison.Ordinal) => "hl-string",
                _ when scope.StartsWith("constant.numeric", StringComparison.Ordinal) => "hl-number",
                _ when scope.StartsWith("constant", StringComparison.Ordinal) => "hl-constant",
                _ when scope.StartsWith("keyword.operator", StringComparison.Ordinal) => null,
                _ when scope.StartsWith("keyword", StringComparison.Ordinal) || scope.StartsWith("storage", StringComparison.Ordinal) => "hl-keyword",
                _ when scope.StartsWith("entity.name.function", StringComparison.Ordinal) || scope.StartsWith("support.function", StringComparison.Ordinal) => "hl-function",
                _ when scope.StartsWith("entity.name.tag", StringComparison.Ordinal) => "hl-tag",
                _ when scope.StartsWith("support.type.property-name", StringComparison.Ordinal) || scope.StartsWith("entity.other.attribute-name", StringComparison.Ordinal) => "hl-property",
                _ when scope.StartsWith("entity.name", StringComparison.Ordinal) || scope.StartsWith("support.type", StringComparison.Ordinal) || scope.StartsWith("support.class", StringComparison.Ordinal) => "hl-type",
                _ => "",
            };
            if (cls != "")
                return cls;
        }
        return null;
    }

    /// <summary>
    /// One TextMate registry and the grammars it loaded, each the first time a block of its language is met (JSON,
    /// regex compilation): at most the <see cref="Common"/> ones. Not thread-safe: used by one thread at a time.
    /// </summary>
    private sealed class GrammarSet
    {
        private readonly RegistryOptions options = new(ThemeName.LightPlus);
        private readonly Registry registry;
        private readonly Dictionary<string, IGrammar?> loaded = new(StringComparer.OrdinalIgnoreCase);

        public GrammarSet() => registry = new Registry(options);

        /// <summary>The grammar of a language of <see cref="Common"/>; null when TextMateSharp has none for it.</summary>
        public IGrammar? For(string id)
        {
            if (loaded.TryGetValue(id, out var known))
                return known;
            var scope = options.GetScopeByLanguageId(id.ToLowerInvariant()) ?? options.GetScopeByExtension("." + id);
            return loaded[id] = scope is null ? null : registry.LoadGrammar(scope);
        }
    }
}
