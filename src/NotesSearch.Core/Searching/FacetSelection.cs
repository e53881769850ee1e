namespace NotesSearch.Core.Searching;

/// <summary>The facet filters of one request, resolved for counting: topic ids (ORed), year, and month as yyyyMM.</summary>
/// <param name="TopicIds">Selected topic ids; -1 stands for a key no note has. Empty: no topic filter.</param>
/// <param name="Year">Selected year, or null.</param>
/// <param name="Month">Selected month as yyyyMM (within <paramref name="Year"/>), or null.</param>
internal sealed record FacetSelection(IReadOnlySet<int> TopicIds, int? Year, int? Month)
{
    public bool FiltersTopics => TopicIds.Count > 0;
}
