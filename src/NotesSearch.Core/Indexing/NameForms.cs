using System.Buffers;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The ways one name is written: hyphenated (<c>DeepSeek-R1</c>), joined (<c>DeepSeekR1</c>) or split
/// (<c>deepseek r1</c>); letters and digits together (<c>H100</c>) or apart (<c>h 100</c>). Shared by the index
/// chain (<see cref="NamePartsFilter"/>) and the query parser, so both cut a name the same way.
/// </summary>
public static class NameForms
{
    /// <summary>A word of more letter/digit runs than this (a hash, an identifier soup) is not cut into runs.</summary>
    public const int MaxRuns = 6;

    /// <summary>
    /// The letter runs and digit runs of <paramref name="word"/> as (start, length), when it mixes letters and digits
    /// in 2 to <see cref="MaxRuns"/> runs; else null. A '.' or ',' between digits belongs to the number
    /// (<c>1.26x</c> → <c>1.26</c>, <c>x</c>); any other character ends a run.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)>? Runs(string word)
    {
        var runs = new List<(int, int)>();
        var start = -1;
        var inDigits = false;
        var letters = false;
        var digits = false;
        for (var i = 0; i <= word.Length; i++)
        {
            var c = i < word.Length ? word[i] : ' ';
            var digit = char.IsDigit(c)
                || (c is '.' or ',' && inDigits && start >= 0 && i + 1 < word.Length && char.IsDigit(word[i + 1]));
            var letter = char.IsLetter(c);
            if (start >= 0 && (inDigits ? !digit : !letter))
            {
                runs.Add((start, i - start));
                start = -1;
            }
            if (start < 0 && (digit || letter))
            {
                start = i;
                inDigits = digit;
                letters |= letter;
                digits |= digit;
            }
            if (runs.Count > MaxRuns)
                return null;
        }
        return letters && digits && runs.Count > 1 ? runs : null;
    }

    /// <summary>The runs of <paramref name="word"/> written apart (<c>tpu8i</c> → <c>tpu 8 i</c>), or null when it has none.</summary>
    public static string? Split(string word) =>
        Runs(word) is { } runs ? string.Join(' ', runs.Select(r => word.Substring(r.Start, r.Length))) : null;

    /// <summary>
    /// <paramref name="word"/> without the hyphens between its letters and digits (<c>h-100</c> → <c>h100</c>,
    /// <c>all-to-all</c> → <c>alltoall</c>), or null when it has none.
    /// </summary>
    public static string? Joined(string word)
    {
        var joined = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (JoinsAt(word, i))
                continue;
            joined.Append(word[i]);
        }
        return joined.Length == word.Length ? null : joined.ToString();
    }

    /// <summary>The hyphens that join a name: hyphen-minus, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Whether <paramref name="text"/>[<paramref name="i"/>] is a hyphen joining a name: between two letters or digits.</summary>
    public static bool JoinsAt(ReadOnlySpan<char> text, int i) =>
        IsHyphen(text[i]) && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>The same hyphens as <see cref="IsHyphen"/>, for searching a span.</summary>
    public static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010\u2011");
}
