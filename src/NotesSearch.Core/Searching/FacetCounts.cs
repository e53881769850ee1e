namespace NotesSearch.Core.Searching;

/// <summary>
/// What <see cref="FacetCollector"/> counted: notes that pass every filter, and per dimension the counts
/// with that dimension's own selection left out (multi-select).
/// </summary>
internal sealed record FacetCounts(
    int Total,
    IReadOnlyDictionary<int, int> Topics,
    IReadOnlyDictionary<int, int> Years,
    IReadOnlyDictionary<int, int> Months)
{
    /// <summary>Counts by section id (empty when no note has a section).</summary>
    public IReadOnlyDictionary<int, int> Sections { get; init; } = new Dictionary<int, int>();

    /// <summary>Nothing counted.</summary>
    public static FacetCounts None { get; } = new(0, new Dictionary<int, int>(), new Dictionary<int, int>(), new Dictionary<int, int>());

    /// <summary>The counts of several parts of the index together.</summary>
    public static FacetCounts Sum(IEnumerable<FacetCounts> parts)
    {
        var all = parts.ToArray();
        return new FacetCounts(all.Sum(part => part.Total), Sum(all.Select(part => part.Topics)), Sum(all.Select(part => part.Years)),
            Sum(all.Select(part => part.Months)))
        {
            Sections = Sum(all.Select(part => part.Sections)),
        };
    }

    private static Dictionary<int, int> Sum(IEnumerable<IReadOnlyDictionary<int, int>> counts)
    {
        var total = new Dictionary<int, int>();
        foreach (var part in counts)
        {
            foreach (var (value, count) in part)
                total[value] = total.GetValueOrDefault(value) + count;
        }
        return total;
    }
}
