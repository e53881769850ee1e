using System.Security.Cryptography;
using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>A topic: a normalised key (<c>world-models</c>) and the label as first written (<c>World Models</c>).</summary>
public sealed record Topic(string Key, string Label)
{
    /// <summary>Prefix of the key of a label made of symbols only (<c>t-</c> and 8 hex digits of its hash).</summary>
    public const string HashedKeyPrefix = "t-";

    /// <summary>
    /// Symbols that tell labels apart, spelled out as words, so that <c>C++</c> (<c>c-plus-plus</c>),
    /// <c>C#</c> (<c>c-sharp</c>) and <c>C</c> (<c>c</c>) are three topics, not one.
    /// </summary>
    private static readonly Dictionary<char, string> SpelledSymbols = new()
    {
        ['+'] = "plus",
        ['#'] = "sharp",
        ['.'] = "dot",
        ['&'] = "and",
        ['@'] = "at",
        ['*'] = "star",
        ['%'] = "percent",
        ['$'] = "dollar",
        ['='] = "equals",
        ['<'] = "less",
        ['>'] = "greater",
        ['~'] = "tilde",
        ['^'] = "caret",
        ['/'] = "slash",
        ['|'] = "pipe",
        ['!'] = "bang",
        ['?'] = "question",
    };

    /// <summary>A topic from a label as written in front matter.</summary>
    public static Topic FromLabel(string label) => new(KeyOf(label), label.Trim());

    /// <summary>
    /// The key of a label: lower case, letters and digits kept, the symbols that tell labels apart spelled out
    /// (<c>+</c> plus, <c>#</c> sharp, <c>.</c> dot, <c>&amp;</c> and, ...), and every run of anything else (spaces,
    /// <c>-</c>, <c>_</c>, brackets, commas, quotes) one '-'. So <c>World Models</c>, <c>world_models</c> and
    /// <c>World-Models</c> are all <c>world-models</c>, while <c>C++</c> is <c>c-plus-plus</c> and <c>C#</c> is
    /// <c>c-sharp</c>. A label with nothing of that left (<c>—</c>, an emoji) gets <c>t-</c> and 8 hex digits of a
    /// hash of its trimmed lower-case text: distinct, and the same on every run. Empty only for a blank label.
    /// A key is its own key, so a key can be passed wherever a label is (<c>?topic=c-sharp</c>).
    /// </summary>
    public static string KeyOf(string label)
    {
        var text = label.Trim().ToLowerInvariant();
        var key = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (SpelledSymbols.TryGetValue(c, out var word))
            {
                Separate(key);
                key.Append(word).Append('-');
            }
            else
            {
                Separate(key);
            }
        }
        var result = key.ToString().TrimEnd('-');
        if (result.Length > 0 || text.Length == 0)
            return result;
        return HashedKeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }

    private static void Separate(StringBuilder key)
    {
        if (key.Length > 0 && key[^1] != '-')
            key.Append('-');
    }
}
