namespace NotesSearch.Web.Catalog;

/// <summary>Whole-archive counts: the notes, each topic (by label), each month that has notes (oldest first).</summary>
public sealed record CatalogCounts(int Notes, IReadOnlyList<TopicCount> Topics, IReadOnlyList<MonthCount> Months)
{
    /// <summary>The topics with the most notes, for a zero-results page.</summary>
    public IReadOnlyList<TopicCount> Popular(int count) =>
        Topics.OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase).Take(count).ToArray();
}

/// <summary>A topic and how many notes are filed under it.</summary>
public sealed record TopicCount(string Key, string Label, int Count);

/// <summary>A month (its first day) and how many notes were written in it.</summary>
public sealed record MonthCount(DateOnly Month, int Count);
