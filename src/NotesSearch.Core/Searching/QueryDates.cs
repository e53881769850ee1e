using System.Globalization;
using System.Text.Json.Serialization;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The dates a query's words named (<c>in april 2026</c>, <c>last month</c>), as <see cref="DatePhrases"/> understood
/// them: one inclusive range of days, either end open. Part of <see cref="SearchResults"/> (JSON <c>dates</c>).
/// </summary>
/// <param name="Phrases">The phrases as typed, in query order (<c>["in april 2026"]</c>).</param>
/// <param name="From">First day (inclusive), or null: no lower bound (<c>before may</c>).</param>
/// <param name="To">Last day (inclusive), or null: no upper bound (<c>since march</c>).</param>
/// <param name="QueryWithout">The query text with the phrases taken out: the same search without the date filter.</param>
public sealed record QueryDates(IReadOnlyList<string> Phrases, DateOnly? From, DateOnly? To, string QueryWithout)
{
    /// <summary>True when the phrases contradict each other (<c>2025 last month</c>): no day is in every one of them (a warning says so).</summary>
    [JsonIgnore]
    public bool Empty => From is { } from && To is { } to && from > to;

    /// <summary>"dated 2026-04-01 to 2026-04-30", "dated 2026-03-01 or later", "dated 2026-04-30 or earlier".</summary>
    public string Describe() => (From, To) switch
    {
        ({ } from, { } to) when from == to => $"dated {Day(from)}",
        ({ } from, { } to) => $"dated {Day(from)} to {Day(to)}",
        ({ } from, null) => $"dated {Day(from)} or later",
        (null, { } to) => $"dated {Day(to)} or earlier",
        _ => "any date",
    };

    /// <summary>What the filter chip says: the phrases as typed, then the days they mean.</summary>
    public string Label => $"{string.Join(" and ", Phrases)} ({Describe()})";

    /// <summary>
    /// <paramref name="parsed"/> narrowed to these dates (intersected with its own <c>after:</c>/<c>before:</c>), its
    /// <see cref="ParsedQuery.Interpreted"/> saying so.
    /// </summary>
    public ParsedQuery ApplyTo(ParsedQuery parsed)
    {
        var after = From is { } from && (parsed.After is null || from > parsed.After) ? from : parsed.After;
        var end = To?.AddDays(1);
        var before = end is { } e && (parsed.Before is null || e < parsed.Before) ? e : parsed.Before;
        return parsed with { After = after, Before = before, Interpreted = parsed.Interpreted + ", " + Describe() };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
