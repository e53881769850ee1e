using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Finds dates written the way people say them in a query (<c>kv cache in april 2026</c>, <c>since march</c>,
/// <c>last spring</c>, <c>q2 2025</c>, <c>yesterday</c>) and turns them into one range of days, taking them out of
/// the words. English only, and only the documented phrases (README, "Dates in the query"); anything else stays a word.
/// Relative phrases resolve against <c>today</c>, a calendar day in the site's time zone.
/// <para>
/// Rules that keep ordinary words words: a month name alone is a word unless a preposition (<c>in</c>, <c>since</c>,
/// <c>before</c>, …), <c>this</c>/<c>last</c> or a year goes with it (<c>the model may fail</c> stays words); seasons
/// likewise (<c>spring</c> may be the framework); a bare year right after a name (a word with a capital letter after
/// its first, a digit, or a field scope: <c>MI 2025</c>, <c>RTX 2080</c>) or next to another number stays a word;
/// nothing inside quotes, parentheses, a field scope or a <c>-</c>/<c>+</c> word is read, nor a phrase next to an
/// operator (<c>AND</c>, <c>OR</c>, <c>NOT</c>).
/// </para>
/// Pure and thread-safe. Bounded: at most <c>maxWords</c> words of at most <c>maxLength</c> characters are scanned,
/// each position trying a fixed number of patterns of at most seven words.
/// </summary>
public static partial class DatePhrases
{
    /// <summary>Years read as years; other four-digit numbers (<c>3090</c>) stay numbers.</summary>
    public const int MinYear = 1900;

    /// <inheritdoc cref="MinYear"/>
    public const int MaxYear = 2199;

    /// <summary>Largest N in <c>last N days</c> (and weeks, months, years); a larger N stays words.</summary>
    public const int MaxCount = 3650;

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Short month names, read only with a day or a year after them (<c>apr 2026</c>): alone, <c>jan</c> is a name.</summary>
    private static readonly Dictionary<string, int> MonthAbbreviations = new(StringComparer.Ordinal)
    {
        ["jan"] = 1,
        ["feb"] = 2,
        ["mar"] = 3,
        ["apr"] = 4,
        ["jun"] = 6,
        ["jul"] = 7,
        ["aug"] = 8,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oct"] = 10,
        ["nov"] = 11,
        ["dec"] = 12,
    };

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||", "!" };

    /// <summary>The day <paramref name="options"/>' clock says it is in its time zone: what relative phrases count from.</summary>
    public static DateOnly Today(SearchOptions options) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.Time.GetUtcNow(), options.TimeZone).DateTime);

    /// <summary>The date phrases of <paramref name="query"/>, or null when it has none.</summary>
    /// <param name="query">The query as typed.</param>
    /// <param name="today">The day relative phrases count from (see <see cref="Today"/>).</param>
    /// <param name="maxWords">Words scanned at most (the query's word limit); later words are never read as dates.</param>
    /// <param name="maxLength">Characters scanned at most (the query's length limit).</param>
    public static QueryDates? Find(string? query, DateOnly today, int maxWords = 64, int maxLength = 1000)
    {
        if (string.IsNullOrWhiteSpace(query))
            return null;
        var text = query.Length > maxLength ? query[..maxLength] : query;
        var words = Lex(text, maxWords);
        var reader = new Reader(words, today);
        var found = new List<(int First, int End, DateOnly? From, DateOnly? To)>();
        for (var i = 0; i < words.Count;)
        {
            if (reader.Match(i) is not { } match)
            {
                i++;
                continue;
            }
            // A phrase an operator applies to is not taken apart: "NOT april 2026" keeps "2026" a word too.
            if (!reader.NextToOperator(i, match.End))
                found.Add((i, match.End, match.From, match.To));
            i = match.End;
        }
        if (found.Count == 0)
            return null;
        DateOnly? from = null, to = null;
        foreach (var phrase in found)
        {
            if (phrase.From is { } f && (from is null || f > from))
                from = f;
            if (phrase.To is { } t && (to is null || t < to))
                to = t;
        }
        var phrases = found.Select(p => text[words[p.First].Start..words[p.End - 1].End].TrimEnd(',', '.', ';')).ToArray();
        return new QueryDates(phrases, from, to, Without(query, found.Select(p => (words[p.First].Start, words[p.End - 1].End))));
    }

    /// <summary>The query with the spans cut out; each cut leaves one space (or none, at either end).</summary>
    private static string Without(string query, IEnumerable<(int Start, int End)> spans)
    {
        var result = new StringBuilder(query.Length);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            var before = query[at..start].TrimEnd();
            result.Append(before);
            if (result.Length > 0)
                result.Append(' ');
            at = end;
            while (at < query.Length && char.IsWhiteSpace(query[at]))
                at++;
        }
        result.Append(query[at..]);
        return result.ToString().Trim();
    }

    /// <summary>
    /// The query split at spaces; a quoted phrase and a parenthesis are one word each, which no pattern accepts
    /// (<see cref="Word.Plain"/> false), so nothing inside them is read as a date; nor is any word within parentheses.
    /// </summary>
    private static List<Word> Lex(string text, int maxWords)
    {
        var words = new List<Word>();
        var depth = 0;
        var i = 0;
        while (i < text.Length && words.Count < maxWords)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (c is '(' or ')')
            {
                depth = Math.Max(0, depth + (c == '(' ? 1 : -1));
                i++;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                    i++;
                i = Math.Min(i + 1, text.Length);
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
                    i++;
            }
            var raw = text[start..i];
            var plain = depth == 0 ? PlainWord().Match(raw) : Match.Empty;
            words.Add(new Word(start, i, raw, plain.Success ? plain.Groups["core"].Value.ToLowerInvariant() : "",
                plain.Success && !Operators.Contains(raw), plain.Success && plain.Groups["possessive"].Success, Operators.Contains(raw)));
        }
        return words;
    }

    /// <summary>
    /// A word a date phrase may hold: letters; a number; an ISO day or month (<c>2026-04-10</c>); <c>q1</c>–<c>q4</c>;
    /// optionally with <c>'s</c> (<c>yesterday's</c>) and a comma or full stop after it.
    /// </summary>
    [GeneratedRegex(@"^(?<core>\p{L}+|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,4}|[qQ][1-4])(?<possessive>['’][sS])?[,.;]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    /// <summary>One word of the query, where it is in the text, and its lower-cased core (empty when it is not plain).</summary>
    private readonly record struct Word(int Start, int End, string Raw, string Key, bool Plain, bool Possessive, bool Operator)
    {
        /// <summary>
        /// Whether the word reads as part of a name a number may follow (<c>MI</c>, <c>NeurIPS</c>, <c>RTX</c>,
        /// <c>H100</c>, <c>title:</c>): a digit, a capital letter after the first letter, or a field scope.
        /// </summary>
        public bool NameLike => Raw.Any(char.IsDigit) || Raw.Skip(1).Any(char.IsUpper) || Raw.Contains(':');
    }

    /// <summary>A stretch of time a phrase names.</summary>
    /// <param name="End">The word after the phrase (exclusive end).</param>
    /// <param name="First">First day, inclusive.</param>
    /// <param name="Last">Last day, inclusive.</param>
    /// <param name="BareYear">A year written alone (<c>2025</c>), which a name before it makes a word.</param>
    /// <param name="Month">Set when a month was written without a year (<c>march</c>): a range may place it in another year.</param>
    private readonly record struct Period(int End, DateOnly First, DateOnly Last, int? Month = null, bool BareYear = false);

    /// <summary>Reads the patterns at one position of the word list.</summary>
    private sealed class Reader(List<Word> words, DateOnly today)
    {
        /// <summary>A date phrase starting at word <paramref name="i"/>: where it ends and the days it means.</summary>
        public (int End, DateOnly? From, DateOnly? To)? Match(int i)
        {
            var key = Key(i);
            switch (key)
            {
                case "between":
                    if (Period(i + 1, afterPreposition: true) is { } first && Key(first.End) == "and" && Period(first.End + 1, true) is { } second)
                        return Range(first, second);
                    return null;
                case "from":
                    if (Period(i + 1, true) is not { } start)
                        return null;
                    if (Key(start.End) is "to" or "until" or "till" && Period(start.End + 1, true) is { } last)
                        return Range(start, last);
                    return (start.End, start.First, start.Last);
                case "in" or "during" or "on" or "within":
                    return Period(i + 1, true) is { } p ? (p.End, p.First, p.Last) : null;
                case "since":
                    return Period(i + 1, true) is { } since ? (since.End, since.First, null) : null;
                case "after":
                    return Period(i + 1, true) is { } after && after.Last < DateOnly.MaxValue ? (after.End, after.Last.AddDays(1), null) : null;
                case "before":
                    return Period(i + 1, true) is { } before && before.First > DateOnly.MinValue ? (before.End, null, before.First.AddDays(-1)) : null;
                case "until" or "till":
                    return Period(i + 1, true) is { } until ? (until.End, null, until.Last) : null;
                case "written" or "published":
                    // "written in 2025", "published last month": the verb belongs to the phrase; alone it is a word.
                    if (Key(i + 1) is "in" or "during" or "on" or "since" or "before" or "after" or "between" or "from")
                        return Match(i + 1);
                    return Period(i + 1, true) is { } when ? (when.End, when.First, when.Last) : null;
            }
            if (Period(i, afterPreposition: false) is not { } period || period.BareYear && YearIsAName(i))
                return null;
            var end = period.End;
            // "yesterday's notes": the possessive's noun is not a word to search for.
            if (words[end - 1].Possessive && Key(end) is "notes" or "note" or "posts" or "post")
                end++;
            return (end, period.First, period.Last);
        }

        /// <summary>A phrase next to an operator is part of the boolean logic: taking it out would leave the operator dangling.</summary>
        public bool NextToOperator(int first, int end) =>
            (first > 0 && words[first - 1].Operator) || (end < words.Count && words[end].Operator) ||
            Enumerable.Range(first, end - first).Any(i => words[i].Operator);

        private string Key(int i) => i < words.Count && words[i].Plain ? words[i].Key : "";

        private bool YearIsAName(int i) =>
            (i > 0 && words[i - 1].NameLike) || (i + 1 < words.Count && words[i + 1].Raw.Any(char.IsDigit));

        private (int End, DateOnly? From, DateOnly? To) Range(Period first, Period second)
        {
            // "between march and may 2026": a month without a year takes its year from the other end.
            if (first.Month is { } m1 && second.Month is null)
                first = MonthOf(first.End, second.First.Year - (m1 > second.First.Month ? 1 : 0), m1);
            else if (second.Month is { } m2 && first.Month is null)
                second = MonthOf(second.End, first.Last.Year + (m2 < first.Last.Month ? 1 : 0), m2);
            else if (first.Month is { } m && second.Month is not null)
                first = MonthOf(first.End, second.First.Year - (m > second.First.Month ? 1 : 0), m);
            var from = first.First < second.First ? first.First : second.First;
            var to = first.Last > second.Last ? first.Last : second.Last;
            return (second.End, from, to);
        }

        /// <summary>A period starting at word <paramref name="i"/>; a bare month or season only after a preposition.</summary>
        private Period? Period(int i, bool afterPreposition)
        {
            var key = Key(i);
            if (key.Length == 0)
                return null;
            if (key == "today")
                return new Period(i + 1, today, today);
            if (key == "yesterday")
                return today > DateOnly.MinValue ? new Period(i + 1, today.AddDays(-1), today.AddDays(-1)) : null;
            if (key == "the" && Key(i + 1) is "last" or "past" or "previous")
                return Relative(i + 1);
            if (key is "this" or "last" or "past" or "previous")
                return Relative(i);
            if (MonthNumber(key, abbreviated: true) is { } month)
            {
                if (Day(i + 1) is { } day && Year(i + 2) is { } dayYear)
                    return ExactDay(i + 3, dayYear, month, day);
                if (Year(i + 1) is { } year)
                    return MonthOf(i + 2, year, month);
                if (afterPreposition && MonthNumber(key, abbreviated: false) is not null)
                    return Latest(i + 1, y => MonthSpan(y, month), started: true) with { Month = month };
                return null;
            }
            if (Day(i) is { } dayFirst && MonthNumber(Key(i + 1), abbreviated: true) is { } dayMonth && Year(i + 2) is { } y2)
                return ExactDay(i + 3, y2, dayMonth, dayFirst);
            if (Season(key) is { } season)
            {
                if (Year(i + 1) is { } seasonYear)
                    return new Period(i + 2, SeasonSpan(seasonYear, season).First, SeasonSpan(seasonYear, season).Last);
                if (Key(i + 1) == "of" && Year(i + 2) is { } ofYear)
                    return new Period(i + 3, SeasonSpan(ofYear, season).First, SeasonSpan(ofYear, season).Last);
                return afterPreposition ? Latest(i + 1, y => SeasonSpan(y, season), started: true) : null;
            }
            if (Quarter(key) is { } quarter)
            {
                if (Year(i + 1) is { } quarterYear)
                    return new Period(i + 2, QuarterSpan(quarterYear, quarter).First, QuarterSpan(quarterYear, quarter).Last);
                return afterPreposition ? Latest(i + 1, y => QuarterSpan(y, quarter), started: true) : null;
            }
            if (Year(i) is { } bareYear)
            {
                if (Quarter(Key(i + 1)) is { } yearQuarter)
                    return new Period(i + 2, QuarterSpan(bareYear, yearQuarter).First, QuarterSpan(bareYear, yearQuarter).Last);
                return new Period(i + 1, new DateOnly(bareYear, 1, 1), new DateOnly(bareYear, 12, 31), BareYear: true);
            }
            return Iso(i);
        }

        /// <summary><c>this …</c>, <c>last …</c>, <c>past …</c>, <c>previous …</c> at word <paramref name="i"/>.</summary>
        private Period? Relative(int i)
        {
            var which = Key(i);
            var unit = Key(i + 1);
            var end = i + 2;
            var last = which is "last" or "previous";
            var rolling = which == "past";
            if (rolling && unit is "week" or "month" or "year")
                return Rolling(end, 1, unit);
            switch (unit)
            {
                case "week":
                    var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                    var weekStart = last ? monday.AddDays(-7) : monday;
                    return new Period(end, weekStart, weekStart.AddDays(6));
                case "month":
                    var month = new DateOnly(today.Year, today.Month, 1).AddMonths(last ? -1 : 0);
                    return MonthOf(end, month.Year, month.Month);
                case "year":
                    var year = today.Year - (last ? 1 : 0);
                    return new Period(end, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                case "quarter":
                    var quarter = (today.Month - 1) / 3 + 1;
                    var (qYear, q) = last ? (quarter == 1 ? (today.Year - 1, 4) : (today.Year, quarter - 1)) : (today.Year, quarter);
                    var span = QuarterSpan(qYear, q);
                    return new Period(end, span.First, span.Last);
            }
            if (rolling || last)
            {
                if (int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxCount &&
                    Key(i + 2) is { Length: > 0 } units && Singular(units) is "day" or "week" or "month" or "year")
                    return Rolling(i + 3, count, Singular(units));
            }
            if (which == "past")
                return null;
            if (MonthNumber(unit, abbreviated: false) is { } monthNumber)
                return last ? Latest(end, y => MonthSpan(y, monthNumber), started: false) : MonthOf(end, today.Year, monthNumber);
            if (Season(unit) is { } season)
                return last ? Latest(end, y => SeasonSpan(y, season), started: false) : ThisSeason(end, season);
            return null;
        }

        /// <summary>The last <paramref name="count"/> days, weeks, months or years up to today, today included.</summary>
        private Period? Rolling(int end, int count, string unit)
        {
            try
            {
                var start = unit switch
                {
                    "day" => today.AddDays(1 - count),
                    "week" => today.AddDays(1 - 7 * count),
                    "month" => today.AddMonths(-count).AddDays(1),
                    _ => today.AddYears(-count).AddDays(1),
                };
                return new Period(end, start, today);
            }
            catch (ArgumentOutOfRangeException)
            {
                // Before the first day of the calendar: not a date anyone means.
                return null;
            }
        }

        private static string Singular(string unit) => unit.EndsWith('s') ? unit[..^1] : unit;

        /// <summary>
        /// The latest occurrence of a yearly period (a month, a season, a quarter) that has started by today
        /// (<paramref name="started"/>) or that ended before today.
        /// </summary>
        private Period Latest(int end, Func<int, (DateOnly First, DateOnly Last)> ofYear, bool started)
        {
            for (var year = Math.Min(today.Year, MaxYear); ; year--)
            {
                var span = ofYear(year);
                if (started ? span.First <= today : span.Last < today)
                    return new Period(end, span.First, span.Last);
            }
        }

        /// <summary>This year's season, or the winter today is in (which began in December of last year).</summary>
        private Period ThisSeason(int end, int season)
        {
            var previous = SeasonSpan(today.Year - 1, season);
            var span = previous.First <= today && today <= previous.Last ? previous : SeasonSpan(today.Year, season);
            return new Period(end, span.First, span.Last);
        }

        private Period? ExactDay(int end, int year, int month, int day) =>
            day <= DateTime.DaysInMonth(year, month) ? new Period(end, new DateOnly(year, month, day), new DateOnly(year, month, day)) : null;

        private Period? Iso(int i)
        {
            var key = Key(i);
            if (key.Length < 4 || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < MinYear or > MaxYear)
                return null;
            if (DateOnly.TryParseExact(key, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return new Period(i + 1, day, day);
            if (DateOnly.TryParseExact(key + "-01", ["yyyy-MM-dd", "yyyy-M-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                return MonthOf(i + 1, month.Year, month.Month);
            return null;
        }

        private int? Year(int i) =>
            Key(i) is { Length: 4 } key && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear
                ? year
                : null;

        private int? Day(int i) =>
            Key(i) is { Length: 1 or 2 } key && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
                ? day
                : null;
    }

    private static Period MonthOf(int end, int year, int month)
    {
        var span = MonthSpan(year, month);
        return new Period(end, span.First, span.Last);
    }

    private static (DateOnly First, DateOnly Last) MonthSpan(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static (DateOnly First, DateOnly Last) QuarterSpan(int year, int quarter) =>
        (new DateOnly(year, 3 * quarter - 2, 1), MonthSpan(year, 3 * quarter).Last);

    /// <summary>Meteorological seasons of the northern hemisphere: spring March–May, …, winter December–February (named by its December's year).</summary>
    private static (DateOnly First, DateOnly Last) SeasonSpan(int year, int season) =>
        season == 4
            ? (new DateOnly(year, 12, 1), MonthSpan(year + 1, 2).Last)
            : (new DateOnly(year, 3 * season, 1), MonthSpan(year, 3 * season + 2).Last);

    /// <summary>1 spring, 2 summer, 3 autumn (fall), 4 winter.</summary>
    private static int? Season(string key) => key switch
    {
        "spring" => 1,
        "summer" => 2,
        "autumn" or "fall" => 3,
        "winter" => 4,
        _ => null,
    };

    private static int? Quarter(string key) => key is ['q', >= '1' and <= '4'] ? key[1] - '0' : null;

    private static int? MonthNumber(string key, bool abbreviated)
    {
        var index = Array.IndexOf(MonthNames, key);
        if (index >= 0)
            return index + 1;
        return abbreviated && MonthAbbreviations.TryGetValue(key, out var month) ? month : null;
    }
}
