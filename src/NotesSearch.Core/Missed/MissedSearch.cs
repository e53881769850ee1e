namespace NotesSearch.Core.Missed;

/// <summary>
/// A search that found nothing, as <see cref="MissedSearchStore"/> keeps it: never who asked, only what and when.
/// The JSON of <c>notes missed --json</c>.
/// </summary>
/// <param name="Query">The query as typed, normalised (<see cref="MissedSearchStore.Normalise"/>).</param>
/// <param name="Count">How many times it was searched and found nothing.</param>
/// <param name="First">When it first found nothing (UTC).</param>
/// <param name="Last">When it last found nothing (UTC).</param>
public sealed record MissedSearch(string Query, int Count, DateTimeOffset First, DateTimeOffset Last);
