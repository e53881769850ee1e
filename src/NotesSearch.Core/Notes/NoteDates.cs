using System.Globalization;

namespace NotesSearch.Core.Notes;

/// <summary>The date forms a note may use, in front matter and in a file name. Thread-safe (no state).</summary>
internal static class NoteDates
{
    /// <summary>What a good date looks like, for problems that reject one.</summary>
    public const string Expected = "use YYYY-MM-DD or a time with its zone such as 2026-05-25T14:30:00+02:00";

    // Exact formats rather than DateTimeOffset.TryParse, which takes "May 2024" or "1/2/3"
    // and would read them by the machine's culture. 'M' and 'd' take one or two digits
    // (2024-4-09 is a date); 'K' takes Z, +02:00 or nothing (then UTC is assumed).
    private static readonly string[] Formats =
    [
        "yyyy-M-d",
        "yyyy-M-d'T'H:mmK",
        "yyyy-M-d'T'H:mm:ssK",
        "yyyy-M-d'T'H:mm:ss.FFFFFFFK",
        "yyyy-M-d H:mmK",
        "yyyy-M-d H:mm:ssK",
        "yyyy-M-d H:mm:ss.FFFFFFFK",
        "yyyy-M-d H:mm:ss zzz",
        "yyyy-M-d H:mm:ss.FFFFFFF zzz",
        "yyyy-M-d'T'H:mm:sszz00",
        "yyyy-M-d H:mm:ss zz00",
        // YAML 1.1 timestamps may write the zone as bare hours: 2001-12-14 21:59:43.10 -5.
        "yyyy-M-d H:mm:ss z",
        "yyyy-M-d H:mm:ss.FFFFFFF z",
    ];

    /// <summary>
    /// Reads a front matter date: <c>YYYY-MM-DD</c> (one-digit month or day too), or ISO 8601 with
    /// a time and a zone (<c>Z</c>, <c>+02:00</c>; a time without a zone is taken as UTC).
    /// A date without a time is midnight with a zero offset.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out date);

    /// <summary>
    /// Reads a <c>YYYY-MM-DD</c> at the start of a file name, followed by '-' or nothing,
    /// and gives the length it takes up (with the '-').
    /// </summary>
    public static bool TryParsePrefix(string name, out DateTimeOffset date, out int length)
    {
        date = default;
        length = 0;
        if (name.Length < 10 || name[4] != '-' || name[7] != '-' || (name.Length > 10 && name[10] != '-'))
            return false;
        if (!DateTimeOffset.TryParseExact(name.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out date))
            return false;
        length = Math.Min(name.Length, 11);
        return true;
    }
}
