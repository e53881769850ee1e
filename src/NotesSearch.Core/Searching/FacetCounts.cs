namespace NotesSearch.Core.Searching;

/// <summary>
/// What <see cref="FacetCollector"/> counted: notes that pass every filter, and per dimension the counts
/// with that dimension's own selection left out (multi-select).
/// </summary>
internal sealed record FacetCounts(
    int Total,
    IReadOnlyDictionary<int, int> Topics,
    IReadOnlyDictionary<int, int> Years,
    IReadOnlyDictionary<int, int> Months);
