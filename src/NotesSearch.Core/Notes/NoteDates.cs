using System.Globalization;

namespace NotesSearch.Core.Notes;

/// <summary>The date forms a note may use, in front matter and in a file name. Thread-safe (no state).</summary>
internal static class NoteDates
{
    /// <summary>What a good date looks like, for problems that reject one.</summary>
    public const string Expected = "use YYYY-MM-DD or a time with its zone such as 2026-05-25T14:30:00+02:00";

    // DocFX writes ms.date as 11/04/2016 or 1/10/2025 (month first, leading zeros optional).
    private static readonly string[] MonthFirstFormats = ["M/d/yyyy"];
    private static readonly string[] DayFirstFormats = ["d/M/yyyy"];

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
    /// a time and a zone (<c>Z</c>, <c>+02:00</c>; a time without a zone is taken as UTC), or a
    /// date with slashes, <c>M/D/YYYY</c> or <c>D/M/YYYY</c> by <paramref name="slashOrder"/>.
    /// A date without a time is midnight with a zero offset.
    /// </summary>
    /// <param name="text">The value as written.</param>
    /// <param name="slashOrder">How a date with slashes (<c>11/04/2016</c>) reads.</param>
    /// <param name="date">The date read.</param>
    public static bool TryParse(string text, SlashDateOrder slashOrder, out DateTimeOffset date)
    {
        var trimmed = text.Trim();
        if (TryParseDay(trimmed, out date))
            return true;
        var formats = !trimmed.Contains('/') ? Formats
            : slashOrder == SlashDateOrder.MonthFirst ? MonthFirstFormats : DayFirstFormats;
        return DateTimeOffset.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out date);
    }

    /// <summary>
    /// Finds <c>YYYY/MM/DD</c> as three consecutive segments of a path or URL path
    /// (<c>blog/2020/07/27/post.md</c>, <c>/2016/04/19/my-post/</c>); one-digit months and days too.
    /// </summary>
    public static bool TryFindInPath(string path, out DateTimeOffset date)
    {
        date = default;
        var segments = path.Split('/');
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i].Length == 4 && segments[i + 1].Length is 1 or 2 && segments[i + 2].Length is 1 or 2
                && int.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && int.TryParse(segments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && int.TryParse(segments[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
                return true;
            }
        }
        return false;
    }

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
        if (!TryParseDay(name.AsSpan(0, 10), out date) && !DateTimeOffset.TryParseExact(name.AsSpan(0, 10), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            return false;
        length = Math.Min(name.Length, 11);
        return true;
    }

    /// <summary>
    /// The common case, a valid <c>YYYY-MM-DD</c>, read without the format parser (a microsecond a note): midnight
    /// with a zero offset, as the parser gives it. False for anything else, which then goes to the parser.
    /// </summary>
    private static bool TryParseDay(ReadOnlySpan<char> text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }
}
