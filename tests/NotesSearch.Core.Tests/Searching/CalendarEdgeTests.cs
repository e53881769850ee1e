using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// Issue 16 §4: date bounds at either end of the calendar, in the query text (<c>before:0001</c>) and in
/// <c>from</c>/<c>to</c>, answer normally: every combination is searched and checked against the notes' dates.
/// </summary>
public class CalendarEdgeTests
{
    private static readonly DateOnly[] NoteDays = [new(1, 1, 1), new(1999, 12, 31), new(2026, 3, 1), new(9999, 12, 31)];

    private static readonly string[] Bounds =
    [
        "", "before:0001", "before:0001-01", "before:0001-01-01", "before:0001-01-02", "after:0001", "after:0001-01-01",
        "after:9999", "after:9999-12", "after:9999-12-31", "before:9999-12-31", "before:9999", "before:1", "after:99999",
    ];

    private static readonly DateOnly?[] Ends = [null, DateOnly.MinValue, new(1, 1, 2), new(9999, 12, 30), DateOnly.MaxValue];

    public static TheoryData<string> QueryBounds() => [.. Bounds];

    [Theory]
    [MemberData(nameof(QueryBounds))]
    public void EveryBoundAtTheEdgesOfTheCalendarFindsExactlyTheNotesInRange(string bound)
    {
        using var searcher = Build(Unhurried, NoteDays.Select((day, i) => Note($"n{i}", "Note", "edge", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray());

        foreach (var from in Ends)
        {
            foreach (var to in Ends)
            {
                var request = new SearchRequest { Query = ("edge " + bound).Trim(), From = from, To = to };

                var results = searcher.Search(request);

                var expected = NoteDays.Where(day => InRange(day, bound, from, to)).ToArray();
                Assert.True(expected.Length == results.Total, $"{bound} from {from} to {to}: {results.Total} notes, expected {expected.Length}; {results.Interpreted}; {string.Join(" ", results.Warnings)}");
            }
        }
    }

    /// <summary>What the bound means, worked out independently: after: is inclusive, before: exclusive, both of the period's first day.</summary>
    private static bool InRange(DateOnly day, string bound, DateOnly? from, DateOnly? to)
    {
        if (from is { } f && day < f || to is { } t && day > t)
            return false;
        if (bound.Length == 0 || !TryStart(bound[(bound.IndexOf(':') + 1)..], out var start))
            return true;
        return bound.StartsWith("after:", StringComparison.Ordinal) ? day >= start : day < start;
    }

    private static bool TryStart(string value, out DateOnly start)
    {
        var parts = value.Split('-').Select(p => int.TryParse(p, out var n) ? n : -1).ToArray();
        start = default;
        if (parts.Length > 3 || parts.Any(p => p < 1) || parts[0] > 9999 || value.Split('-')[0].Length != 4)
            return false;
        start = new DateOnly(parts[0], parts.Length > 1 ? parts[1] : 1, parts.Length > 2 ? parts[2] : 1);
        return true;
    }
}
