using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Finds the notes of <see cref="OnThisDay"/>: one day range per earlier year that has notes (the calendar day
/// ± <see cref="WindowDays"/>, 29 February falling back to the 28th), searched as one query on the indexed day
/// numbers. The years come from the year facet's terms, not from the documents, so the work is bounded by the
/// number of years (at most <see cref="MaxYears"/>) and the notes found. Thread-safe.
/// </summary>
public static class OnThisDayFinder
{
    /// <summary>Days either side of the calendar day: the week around it.</summary>
    public const int WindowDays = 3;

    /// <summary>Most notes returned.</summary>
    public const int MaxNotes = 20;

    /// <summary>Most earlier years looked at, the most recent first (one clause each; far below Lucene's clause limit).</summary>
    public const int MaxYears = 200;

    private static readonly HashSet<string> LinkFields = [NoteFields.Slug, NoteFields.Title, NoteFields.Date];

    /// <summary>The notes written around <paramref name="date"/>'s calendar day in the years before it.</summary>
    public static OnThisDay OnThisDay(this NoteSearcher searcher, DateOnly date) => searcher.Use(indexSearcher =>
    {
        var years = EarlierYears(indexSearcher.IndexReader, date.Year);
        if (years.Count == 0)
            return new OnThisDay(date, WindowDays, 0, [], 0);
        var windows = years.Select(year => (Year: year, Day: SameDay(date, year))).ToArray();
        var query = new BooleanQuery();
        foreach (var (_, day) in windows)
            query.Add(NumericRangeQuery.NewInt32Range(NoteFields.Day, DayNumber(Shift(day, -WindowDays)), DayNumber(Shift(day, WindowDays)), true, true), Occur.SHOULD);
        // Every match is loaded to be ordered (by year, then nearness): a week a year is few notes, but bound it anyway.
        var found = indexSearcher.Search(query, MaxNotes * 10);
        var notes = found.ScoreDocs
            .Select(hit => Note(indexSearcher.Doc(hit.Doc, LinkFields), date, windows))
            .OrderBy(n => n.YearsAgo).ThenBy(n => Math.Abs(n.DaysOff)).ThenBy(n => n.DaysOff).ThenBy(n => n.Slug, StringComparer.Ordinal)
            .Take(MaxNotes)
            .ToArray();
        return new OnThisDay(date, WindowDays, found.TotalHits, notes, years.Count);
    });

    private static OnThisDayNote Note(Lucene.Net.Documents.Document doc, DateOnly date, (int Year, DateOnly Day)[] windows)
    {
        var slug = doc.Get(NoteFields.Slug);
        var day = DateOnly.FromDateTime(NoteDocuments.DateOf(doc).DateTime);
        // The window it fell in: the one whose day is nearest (windows are a year apart, so only one is within a week).
        var (year, center) = windows.MinBy(w => Math.Abs(w.Day.DayNumber - day.DayNumber));
        return new OnThisDayNote(slug, doc.Get(NoteFields.Title), day, NoteSearcher.UrlOf(slug), date.Year - year, day.DayNumber - center.DayNumber);
    }

    /// <summary>The calendar day of <paramref name="date"/> in <paramref name="year"/> (29 February is the 28th in other years).</summary>
    public static DateOnly SameDay(DateOnly date, int year) =>
        new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));

    /// <summary>
    /// The years before <paramref name="year"/> that have notes (with the one before the oldest, whose window may reach
    /// into it at New Year), most recent first, at most <see cref="MaxYears"/>. Read from the year facet's term
    /// dictionary: as many steps as there are distinct years, whatever the number of notes.
    /// </summary>
    private static List<int> EarlierYears(IndexReader reader, int year)
    {
        var years = new SortedSet<int>();
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(NoteFields.YearFacet);
            for (var ord = 0L; values is not null && ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, term);
                if (!int.TryParse(term.Utf8ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                    continue;
                // A note in early January can be in the window of the previous year's late December, and the reverse.
                foreach (var candidate in (ReadOnlySpan<int>)[y - 1, y, y + 1])
                {
                    if (candidate >= 1 && candidate < year)
                        years.Add(candidate);
                }
            }
        }
        return years.Reverse().Take(MaxYears).ToList();
    }

    /// <summary>A few days on or back, stopping at either end of the calendar (0001-01-01, 9999-12-31).</summary>
    private static DateOnly Shift(DateOnly day, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static int DayNumber(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;
}
