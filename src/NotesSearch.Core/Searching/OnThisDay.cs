namespace NotesSearch.Core.Searching;

/// <summary>
/// Notes written around this calendar day in earlier years: the body of <c>GET /api/on-this-day</c> and
/// <c>notes on-this-day --json</c>, and the home page's "On this day".
/// </summary>
/// <param name="Date">The day asked about (today in the site's time zone, unless given).</param>
/// <param name="WindowDays">How many days either side of that calendar day count (<see cref="OnThisDayFinder.WindowDays"/>).</param>
/// <param name="Total">How many notes were found.</param>
/// <param name="Notes">
/// The notes found, at most <see cref="OnThisDayFinder.MaxNotes"/>: by year, most recent first, and within a year the
/// nearest to the day first.
/// </param>
/// <param name="YearsLookedAt">How many earlier years were looked at: every year that has notes, at most <see cref="OnThisDayFinder.MaxYears"/> of them, most recent first.</param>
public sealed record OnThisDay(DateOnly Date, int WindowDays, int Total, IReadOnlyList<OnThisDayNote> Notes, int YearsLookedAt);

/// <summary>A note written around the same calendar day in an earlier year.</summary>
/// <param name="Slug">The note's slug.</param>
/// <param name="Title">Its title.</param>
/// <param name="Date">The day it was written.</param>
/// <param name="Url">Its page.</param>
/// <param name="YearsAgo">How many years before the asked day (1 for last year).</param>
/// <param name="DaysOff">Days from that calendar day in its year: 0 on the day, -2 two days before, 3 three days after.</param>
public sealed record OnThisDayNote(string Slug, string Title, DateOnly Date, string Url, int YearsAgo, int DaysOff);
