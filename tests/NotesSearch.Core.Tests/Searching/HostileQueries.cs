using System.Text;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// Query text built to be expensive (issue 16): long runs of CJK ideographs, random mixed scripts (astral
/// ideographs and emoji as surrogate pairs, RTL letters and marks, combining marks), floods of fuzzy, prefix and
/// wildcard words, long OR chains, deep parentheses. Seeded, so a failure names an input that can be run again.
/// </summary>
internal static class HostileQueries
{
    public static IEnumerable<(string Kind, string Query)> All(int seed = 16)
    {
        var random = new Random(seed);
        yield return ("cjk-800", Repeat(800, () => char.ConvertFromUtf32(random.Next(0x4E00, 0xA000))));
        yield return ("mixed-300", Repeat(300, () => MixedScript(random)));
        yield return ("fuzzy-60", string.Join(' ', Enumerable.Range(0, 60).Select(_ => Word(random, 10) + "~")));
        yield return ("fuzzy-same", string.Concat(Enumerable.Repeat("abcdefghij~ ", 80)));
        yield return ("long-fuzzy", Word(random, 250) + "~2");
        yield return ("prefix-26", string.Join(' ', Enumerable.Range(0, 26).Select(i => (char)('a' + i) + "*")));
        yield return ("wildcard-40", string.Join(' ', Enumerable.Range(0, 40).Select(i => $"{(char)('a' + i % 26)}?{(char)('a' + i * 7 % 26)}*")));
        yield return ("or-200", string.Join(" OR ", Enumerable.Range(0, 200).Select(_ => Word(random, 6))));
        yield return ("parens-400", new string('(', 400) + "cache" + new string(')', 400));
        yield return ("unclosed-parens", string.Concat(Enumerable.Range(0, 120).Select(i => "(" + Word(random, 3) + " OR ")));
        yield return ("typos-60", string.Join(' ', Enumerable.Range(0, 60).Select(_ => Word(random, 12))));
        yield return ("rtl-combining", Repeat(200, () => "\u05D0\u05B8\u0301\u202E\u0627\u064E "));
        yield return ("lone-surrogates", Repeat(300, () => random.Next(2) == 0 ? "\uD83D" : "\uDE00x"));
    }

    private static string Repeat(int count, Func<string> next)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append(next());
        return text.ToString();
    }

    private static string MixedScript(Random random) => random.Next(12) switch
    {
        0 => ((char)random.Next('a', 'z' + 1)).ToString(),
        1 => ((char)random.Next(0x0430, 0x0450)).ToString(),
        2 => ((char)random.Next(0x03B1, 0x03CA)).ToString(),
        3 => ((char)random.Next(0x05D0, 0x05EB)).ToString(),
        4 => ((char)random.Next(0x0627, 0x064B)).ToString(),
        5 => ((char)random.Next(0x0905, 0x093A)).ToString(),
        6 => ((char)random.Next(0xAC00, 0xD7A4)).ToString(),
        7 => ((char)random.Next(0x4E00, 0xA000)).ToString(),
        8 => char.ConvertFromUtf32(random.Next(0x20000, 0x2A6E0)),
        9 => char.ConvertFromUtf32(random.Next(0x1F600, 0x1F650)),
        10 => ((char)random.Next(0x0300, 0x0370)).ToString(),
        _ => random.Next(3) switch { 0 => "\u200F", 1 => "\u202E", _ => " " },
    };

    private static string Word(Random random, int length) => Repeat(length, () => ((char)random.Next('a', 'z' + 1)).ToString());
}
