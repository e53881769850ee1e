namespace NotesSearch.Core.Searching;

/// <summary>The facet filters of one request, resolved for counting: topic ids (ORed), year, month as yyyyMM, and section ids (ORed).</summary>
/// <param name="TopicIds">Selected topic ids; -1 stands for a key no note has. Empty: no topic filter.</param>
/// <param name="Year">Selected year, or null.</param>
/// <param name="Month">Selected month as yyyyMM (within <paramref name="Year"/>), or null.</param>
internal sealed record FacetSelection(IReadOnlySet<int> TopicIds, int? Year, int? Month)
{
    public bool FiltersTopics => TopicIds.Count > 0;

    /// <summary>Selected section ids; -1 stands for a key no note has. Empty: no section filter.</summary>
    public IReadOnlySet<int> SectionIds { get; init; } = new HashSet<int>();

    public bool FiltersSections => SectionIds.Count > 0;
}
