using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Prepares raw query text for the classic parser: cuts it to the length limit, takes out <c>after:</c> /
/// <c>before:</c> date bounds, keeps only whitelisted field scopes (any other <c>name:</c> is searched as words),
/// escapes syntax the query language does not offer (regular expressions, ranges), bounds the number of words (as the
/// analyzer splits them) and the nesting of parentheses, and marks runs of words that a synonym entry covers.
/// Pure function; thread-safe.
/// </summary>
internal static partial class QueryText
{
    /// <summary>Starts a placeholder term standing for a <see cref="SynonymGroup"/> (a private-use character, stripped from user input).</summary>
    public const char PlaceholderMark = '\uE000';

    /// <summary>Ends the last word when it is also to match as a prefix (search as you type; a private-use character, stripped from user input).</summary>
    public const char PrefixMark = '\uE001';

    /// <summary>Field scopes a user may type, as the parser receives them.</summary>
    public static readonly IReadOnlySet<string> Scopes = new HashSet<string>(StringComparer.Ordinal) { "title", "summary", "topic" };

    /// <summary>Splits words as the query analyzer does (its tokenizer alone): to count and cut a query by its words.</summary>
    private static readonly Analyzer WordSplitter = NoteAnalyzer.Exact(expandVersions: false);

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||", "!" };

    /// <summary>Characters that are query syntax; the plain-words fallback turns them into spaces.</summary>
    private const string SyntaxChars = "\"():^~*?\\/[]{}!+&|";

    /// <param name="raw">The query as typed.</param>
    /// <param name="options">The limits to apply.</param>
    /// <param name="synonyms">Synonyms to mark; null for none.</param>
    /// <param name="prefixLast">
    /// Search as you type: the last word, when it is a plain word still being typed (the text does not end in a space,
    /// nothing cut it), is ended with <see cref="PrefixMark"/> for the parser to also match it as a prefix.
    /// </param>
    public static PreparedQuery Prepare(string? raw, SearchOptions options, QuerySynonyms? synonyms, bool prefixLast = false)
    {
        var warnings = new List<string>();
        var text = Cut((raw ?? "").Replace(PlaceholderMark, ' ').Replace(PrefixMark, ' '), options.MaxQueryLength, warnings);
        var tokens = Lex(text);
        DateOnly? after = null, before = null;
        var kept = new List<Token>(tokens.Count);
        var words = 0;
        // Where the searched text ends in the typed text: all of it, unless the word limit cut it short.
        var searchedEnd = text.Length;
        var open = new Stack<bool>();
        var flattened = false;
        var wordsCut = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Bare && DateBound().Match(token.Text) is { Success: true } bound)
            {
                ReadBound(bound, ref after, ref before, warnings);
                continue;
            }
            // Deeply nested parentheses group nothing a reader means, and each level is a level of recursion in the parser.
            if (token.Kind == TokenKind.Open)
            {
                open.Push(open.Count < options.MaxNesting);
                flattened |= !open.Peek();
                if (!open.Peek())
                    continue;
            }
            if (token.Kind == TokenKind.Close && open.Count > 0 && !open.Pop())
                continue;
            if (token.Kind is TokenKind.Bare or TokenKind.Quoted && !Operators.Contains(token.Text))
            {
                // Words as the analyzer will see them: a run of 800 CJK ideographs is one token here but 800 words there.
                var ends = WordEnds(token.Text);
                if (words + Math.Max(1, ends.Count) > options.MaxTerms)
                {
                    // The token that crosses the limit keeps the words that fit; the rest of the query is not searched.
                    var room = options.MaxTerms - words;
                    var partial = room > 0 && ends.Count > room;
                    if (partial)
                        kept.Add(Escaped(Shorten(token, ends[room - 1])));
                    searchedEnd = partial ? token.Start + ends[room - 1] : token.Start;
                    wordsCut = true;
                    warnings.Add($"The query has more than {options.MaxTerms} words; only the first {options.MaxTerms} were searched.");
                    break;
                }
                words += Math.Max(1, ends.Count);
            }
            kept.Add(Escaped(token));
        }
        if (wordsCut || text.Length < (raw ?? "").Length)
            CloseCut(kept, open.Count(isKept => isKept));
        if (flattened)
            warnings.Add($"Parentheses nested deeper than {options.MaxNesting} levels were left out (the words inside them were kept).");

        var groups = new List<SynonymGroup>();
        if (synonyms is not null)
            MarkSynonyms(kept, synonyms, groups);
        var prefixed = prefixLast && !wordsCut && text.Length == (raw ?? "").Length && text.Length > 0 && !char.IsWhiteSpace(text[^1])
            && tokens.Count > 0 && tokens[^1].Kind == TokenKind.Bare && MarkPrefix(kept);
        var searched = text[..searchedEnd].TrimEnd();
        var plain = PlainWords(Lex(searched).Where(t => t.Kind is TokenKind.Bare or TokenKind.Quoted && !DateBound().IsMatch(t.Text)).Select(t => t.Text));
        return new PreparedQuery(string.Join(' ', kept.Select(t => t.Text)), plain, groups, after, before, warnings)
        {
            Searched = searched,
            WordsCut = wordsCut,
            PrefixLast = prefixed,
        };
    }

    /// <summary>
    /// Ends the last token with <see cref="PrefixMark"/> when it is a plain word (letters and digits, with at most a
    /// modifier and a scope before it): not an operator, a synonym, a phrase, nor a word with its own <c>*</c> or <c>~</c>.
    /// </summary>
    private static bool MarkPrefix(List<Token> kept)
    {
        if (kept.Count == 0 || kept[^1].Kind != TokenKind.Bare || Operators.Contains(kept[^1].Text))
            return false;
        var parts = Word().Match(kept[^1].Text);
        if (!parts.Success || !PrefixableWord().IsMatch(parts.Groups[2].Value))
            return false;
        kept[^1] = kept[^1] with { Text = kept[^1].Text + PrefixMark };
        return true;
    }

    /// <summary>
    /// Ends a query the length or word limit cut mid-way so that it still parses: no operator or opening parenthesis
    /// left dangling at the end (<c>a OR b OR</c>), a phrase cut open closed, and the <paramref name="unclosed"/> groups
    /// still open closed.
    /// </summary>
    private static void CloseCut(List<Token> kept, int unclosed)
    {
        if (kept.Count > 0 && kept[^1].Kind == TokenKind.Quoted && kept[^1].Text.IndexOf('"', 1) < 0)
            kept[^1] = kept[^1] with { Text = kept[^1].Text.TrimEnd('\\') + "\"" };
        while (kept.Count > 0 && (kept[^1].Kind == TokenKind.Open || kept[^1].Kind == TokenKind.Bare && Operators.Contains(kept[^1].Text)))
        {
            if (kept[^1].Kind == TokenKind.Open)
                unclosed--;
            kept.RemoveAt(kept.Count - 1);
        }
        for (var i = 0; i < unclosed; i++)
            kept.Add(new Token(TokenKind.Close, ")"));
    }

    private static Token Escaped(Token token) => token.Kind == TokenKind.Bare ? token with { Text = EscapeBare(token.Text) } : token;

    /// <summary>
    /// Where each word of <paramref name="token"/> ends (offsets into it), as the query analyzer's tokenizer splits it:
    /// syntax characters are read as spaces and a leading modifier and field scope (<c>-title:</c>) are skipped.
    /// </summary>
    private static List<int> WordEnds(string token)
    {
        var ends = new List<int>();
        var skip = ScopePrefix().Match(token).Length;
        var cleaned = new StringBuilder(token.Length);
        cleaned.Append(' ', skip);
        foreach (var c in token.AsSpan(skip))
            cleaned.Append(SyntaxChars.Contains(c) || c == ':' ? ' ' : c);
        using var stream = WordSplitter.GetTokenStream("", cleaned.ToString());
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            ends.Add(offsets.EndOffset);
        stream.End();
        return ends;
    }

    /// <summary>The token up to <paramref name="end"/>; a cut phrase keeps its closing quote.</summary>
    private static Token Shorten(Token token, int end)
    {
        var text = token.Text[..end];
        return token with { Text = token.Kind == TokenKind.Quoted && !text.EndsWith('"') ? text + "\"" : text };
    }

    /// <summary>The words of <paramref name="pieces"/> with every syntax character made a space and operators lower-cased (they are stop words).</summary>
    public static string PlainWords(IEnumerable<string> pieces)
    {
        var words = new StringBuilder();
        foreach (var piece in pieces)
        {
            var cleaned = new StringBuilder(piece.Length);
            foreach (var c in piece)
                cleaned.Append(SyntaxChars.Contains(c) || c == ':' ? ' ' : c);
            foreach (var word in cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var bare = word.TrimStart('-', '+');
                if (bare.Length == 0)
                    continue;
                words.Append(words.Length == 0 ? "" : " ").Append(Operators.Contains(bare) ? bare.ToLowerInvariant() : bare);
            }
        }
        return words.ToString();
    }

    private static string Cut(string text, int limit, List<string> warnings)
    {
        if (text.Length <= limit)
            return text;
        var end = limit;
        if (char.IsHighSurrogate(text[end - 1]))
            end--;
        // Prefer to cut between words, when a space is near the limit.
        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, 100));
        if (space > 0)
            end = space;
        warnings.Add($"The query is longer than {limit} characters; only the first {end} were searched.");
        return text[..end];
    }

    private static void ReadBound(Match bound, ref DateOnly? after, ref DateOnly? before, List<string> warnings)
    {
        var isAfter = bound.Groups[1].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
        var value = bound.Groups[2].Value;
        if (!TryPeriodStart(value, out var start))
        {
            warnings.Add($"{bound.Groups[1].Value.ToLowerInvariant()}:{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD); it was ignored.");
            return;
        }
        if (isAfter)
            after = after is { } a && a > start ? a : start;
        else
            before = before is { } b && b < start ? b : start;
    }

    /// <summary>The first day of the year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    private static bool TryPeriodStart(string value, out DateOnly start)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy-MM", "yyyy-M", "yyyy"];
        return DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out start);
    }

    /// <summary>Keeps a whitelisted scope (lower-cased), splits words at every other ':', and escapes the syntax we do not offer.</summary>
    private static string EscapeBare(string token)
    {
        var result = new StringBuilder(token.Length + 4);
        var scopeChecked = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '\\' && i + 1 < token.Length)
            {
                result.Append(c).Append(token[++i]);
                continue;
            }
            if (c == ':' && !scopeChecked)
            {
                scopeChecked = true;
                var name = result.ToString().TrimStart('+', '-', '!');
                if (Scopes.Contains(name.ToLowerInvariant()) && name.Length > 0)
                {
                    var modifiers = result.Length - name.Length;
                    result.Remove(modifiers, name.Length).Append(name.ToLowerInvariant()).Append(':');
                    continue;
                }
            }
            // Any other "name:" is two words: the tokenizer would keep "body:text" as one token (':' joins letters in UAX#29).
            if (c == ':')
                result.Append(' ');
            else if (c is '/' or '[' or ']' or '{' or '}')
                result.Append('\\').Append(c);
            else
                result.Append(c);
        }
        return result.ToString();
    }

    private static void MarkSynonyms(List<Token> tokens, QuerySynonyms synonyms, List<SynonymGroup> groups)
    {
        var run = new List<int>();
        var prefixes = new Dictionary<int, string>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : default;
            var parts = i < tokens.Count && token.Kind == TokenKind.Bare && !Operators.Contains(token.Text) ? Word().Match(token.Text) : Match.Empty;
            var plain = parts.Success && PlainWord().IsMatch(parts.Groups[2].Value);
            // A word after NOT, after a scope, or with its own +, - or scope stands alone: those apply to one clause only
            // ("-moe" excludes the whole synonym group, "title:k8s" looks for either word in titles).
            var prefix = plain ? parts.Groups[1].Value : "";
            var alone = prefix.Length > 0 ||
                (i > 0 && tokens[i - 1].Kind == TokenKind.Bare && (tokens[i - 1].Text is "NOT" or "!" || tokens[i - 1].Text.EndsWith(':')));
            if (!plain || alone)
            {
                ReplaceRun(tokens, run, prefixes, synonyms, groups);
                run.Clear();
            }
            if (plain)
            {
                run.Add(i);
                if (prefix.Length > 0)
                {
                    prefixes[i] = prefix;
                    tokens[i] = token with { Text = parts.Groups[2].Value };
                }
            }
            if (plain && alone)
            {
                ReplaceRun(tokens, run, prefixes, synonyms, groups);
                run.Clear();
            }
            if (i < tokens.Count && token.Kind == TokenKind.Quoted)
                ReplaceQuoted(tokens, i, synonyms, groups);
        }
        foreach (var (index, prefix) in prefixes)
            tokens[index] = tokens[index] with { Text = prefix + tokens[index].Text };
        tokens.RemoveAll(t => t.Kind == TokenKind.Removed);
    }

    private static void ReplaceRun(List<Token> tokens, List<int> run, Dictionary<int, string> prefixes, QuerySynonyms synonyms, List<SynonymGroup> groups)
    {
        if (run.Count == 0)
            return;
        var words = new List<string>();
        var owner = new List<int>();
        foreach (var index in run)
        {
            foreach (var word in QuerySynonyms.Words(tokens[index].Text))
            {
                words.Add(word);
                owner.Add(index);
            }
        }
        for (var w = 0; w < words.Count;)
        {
            var startsToken = w == 0 || owner[w - 1] != owner[w];
            var match = startsToken ? synonyms.Match(words, w) : null;
            var end = match is null ? -1 : w + match.Length - 1;
            if (match is null || (end + 1 < words.Count && owner[end + 1] == owner[end]))
            {
                w++;
                continue;
            }
            var first = owner[w];
            var last = owner[end];
            var original = string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => tokens[i].Text));
            var placeholder = PlaceholderMark + groups.Count.ToString(CultureInfo.InvariantCulture);
            groups.Add(new SynonymGroup(original, Quoted: false, match.Alternatives));
            tokens[first] = new Token(TokenKind.Bare, placeholder);
            for (var i = first + 1; i <= last; i++)
                tokens[i] = new Token(TokenKind.Removed, "");
            w = end + 1;
        }
    }

    private static void ReplaceQuoted(List<Token> tokens, int index, QuerySynonyms synonyms, List<SynonymGroup> groups)
    {
        var text = tokens[index].Text;
        // Only a whole, closed phrase without ~slop: "mixture of experts", not "mixture of experts"~3.
        if (text.Length < 2 || text[^1] != '"')
            return;
        var inner = text[1..^1];
        if (inner.Contains('\\'))
            return;
        var words = QuerySynonyms.Words(inner);
        if (synonyms.Match(words, 0) is not { } match || match.Length != words.Count)
            return;
        var placeholder = PlaceholderMark + groups.Count.ToString(CultureInfo.InvariantCulture);
        groups.Add(new SynonymGroup(inner, Quoted: true, match.Alternatives));
        tokens[index] = new Token(TokenKind.Bare, placeholder);
    }

    /// <summary>Splits into bare tokens, "quoted" tokens (with any ~slop), and parentheses; backslash escapes stay inside tokens.</summary>
    private static List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, c.ToString(), i));
                i++;
            }
            else if (c == '"')
            {
                var start = i++;
                while (i < text.Length && text[i] != '"')
                    i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
                i = Math.Min(i + 1, text.Length);
                // A proximity suffix belongs to the phrase: "a b"~3.
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
                    i++;
                tokens.Add(new Token(TokenKind.Quoted, text[start..i], start));
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
                    i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(TokenKind.Bare, text[start..Math.Min(i, text.Length)], start));
            }
        }
        return tokens;
    }

    [GeneratedRegex(@"^(after|before):(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateBound();

    /// <summary>A modifier and a field scope at the start of a token (<c>-title:</c>), which are not words.</summary>
    [GeneratedRegex(@"^[+\-!]*(?:(?:title|summary|topic):)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScopePrefix();

    /// <summary>A bare token as (modifier and whitelisted scope) + the rest.</summary>
    [GeneratedRegex(@"^([+\-!]?(?:(?:title|summary|topic):)?)(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A word that may be part of a synonym: letters and digits, with inner hyphens, dots, apostrophes.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\p{M}\-'’._,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    /// <summary>A word that may be completed as typed: letters and digits only (a hyphenated or dotted name is searched as typed).</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}\p{M}]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixableWord();

    private enum TokenKind
    {
        Bare,
        Quoted,
        Open,
        Close,
        Removed,
    }

    /// <summary>One lexed piece of the query; <c>Start</c> is where it starts in the text <see cref="Lex"/> read (0 for the tokens synonyms put in).</summary>
    private readonly record struct Token(TokenKind Kind, string Text, int Start = 0);
}
