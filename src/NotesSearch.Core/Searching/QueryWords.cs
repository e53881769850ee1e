using System.Text;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Finds the plain words of a query string, with their places, so a correction can replace just those words
/// and keep everything else as typed: quotes, <c>AND</c>/<c>OR</c>/<c>NOT</c>, <c>+</c>/<c>-</c>, parentheses,
/// field scopes (<c>title:</c> is kept, the word after it is a plain word), <c>prefix*</c> and <c>word~</c>
/// (the reader asked for those on purpose, so they are not plain words). Stateless and thread-safe.
/// </summary>
internal static class QueryWords
{
    /// <summary>One run of letters and digits (inner apostrophes included, as the tokenizer keeps <c>don't</c>).</summary>
    internal readonly record struct Span(int Start, int Length, bool IsPlain)
    {
        public int End => Start + Length;
    }

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };

    /// <summary>Every word run of <paramref name="text"/>, marked plain or not.</summary>
    public static IReadOnlyList<Span> Scan(string text)
    {
        var spans = new List<Span>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
                i++;
            spans.Add(new Span(start, i - start, IsPlain(text, start, i)));
        }
        return spans;
    }

    /// <summary>The plain words of <paramref name="text"/>, in order, as typed.</summary>
    public static IReadOnlyList<string> PlainWords(string text) =>
        Scan(text).Where(s => s.IsPlain).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    /// <summary>
    /// <paramref name="text"/> with each plain word found in <paramref name="replacements"/> (keys lower case)
    /// replaced, in the case style it was typed in (<c>Kuberntes</c> → <c>Kubernetes</c>); all else unchanged.
    /// </summary>
    public static string Replace(string text, IReadOnlyDictionary<string, string> replacements)
    {
        var result = new StringBuilder(text.Length + 16);
        var copied = 0;
        foreach (var span in Scan(text))
        {
            if (!span.IsPlain)
                continue;
            var typed = text.Substring(span.Start, span.Length);
            if (!replacements.TryGetValue(typed.ToLowerInvariant(), out var replacement))
                continue;
            result.Append(text, copied, span.Start - copied).Append(InCaseOf(typed, replacement));
            copied = span.End;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsPlain(string text, int start, int end)
    {
        if (Operators.Contains(text[start..end]))
            return false;
        var after = end < text.Length ? text[end] : '\0';
        var before = start > 0 ? text[start - 1] : '\0';
        // "title:" is a field scope; "prefix*", "wor?d" and "word~" are asked for on purpose.
        return after is not (':' or '*' or '?' or '~') && before is not ('*' or '?');
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary><paramref name="word"/> (lower case) in the case style of <paramref name="typed"/>: as is, Capitalised, or UPPER.</summary>
    public static string InCaseOf(string typed, string word)
    {
        if (typed.Count(char.IsLetter) > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return word.ToUpperInvariant();
        if (char.IsUpper(typed.FirstOrDefault(char.IsLetter)))
            return char.ToUpperInvariant(word[0]) + word[1..];
        return word;
    }
}
