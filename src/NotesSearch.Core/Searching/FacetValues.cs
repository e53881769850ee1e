using System.Globalization;

namespace NotesSearch.Core.Searching;

/// <summary>Turns counts by id into the facet lists the answer shows: labels only for what is listed, selected values always listed.</summary>
internal static class FacetValues
{
    public static SearchFacets Build(FacetCounts counts, FacetOrdinals ordinals, IReadOnlyList<string> selectedTopics,
        IReadOnlyList<string> selectedSections, FacetSelection selection, int topicLimit)
    {
        var topics = Labelled(counts.Topics, id => (ordinals.Topic(id).Key, ordinals.Topic(id).Label),
            ordinals.TopicId, selection.TopicIds, selectedTopics, topicLimit);
        var years = Dated(counts.Years, selection.Year, y => y.ToString(CultureInfo.InvariantCulture), y => y.ToString(CultureInfo.InvariantCulture));
        var months = Dated(counts.Months, selection.Month,
            m => $"{m / 100:D4}-{m % 100:D2}",
            m => m % 100 is >= 1 and <= 12 ? new DateOnly(m / 100, m % 100, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture));
        return new SearchFacets(topics, years, months)
        {
            Sections = Labelled(counts.Sections, id => (ordinals.Section(id).Key, ordinals.Section(id).Label),
                ordinals.SectionId, selection.SectionIds, selectedSections, topicLimit),
        };
    }

    /// <summary>
    /// Topics or sections with notes, most notes first (ties by label), at most <paramref name="limit"/>; the selected
    /// ones always listed, even with no note (a key no note has keeps itself as its label).
    /// </summary>
    private static List<FacetValue> Labelled(IReadOnlyDictionary<int, int> counts, Func<int, (string Key, string Label)> valueOf,
        Func<string, int> idOf, IReadOnlySet<int> selectedIds, IReadOnlyList<string> selectedKeys, int limit)
    {
        var values = counts
            .Where(p => p.Value > 0)
            .Select(p => (Value: valueOf(p.Key), Count: p.Value, Id: p.Key))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Value.Label, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(v => new FacetValue(v.Value.Key, v.Value.Label, v.Count, selectedIds.Contains(v.Id)))
            .ToList();
        foreach (var key in selectedKeys.Distinct(StringComparer.Ordinal))
        {
            if (values.Any(v => v.Key == key))
                continue;
            var id = idOf(key);
            values.Add(new FacetValue(key, id >= 0 ? valueOf(id).Label : key, id >= 0 ? counts.GetValueOrDefault(id) : 0, true));
        }
        return values;
    }

    /// <summary>Every value with notes, newest first, plus the selected one even at zero.</summary>
    private static List<FacetValue> Dated(IReadOnlyDictionary<int, int> counts, int? selected, Func<int, string> key, Func<int, string> label)
    {
        var values = counts.Where(p => p.Value > 0 && p.Key > 0).Select(p => p.Key).ToHashSet();
        if (selected is { } value)
            values.Add(value);
        return values
            .OrderDescending()
            .Select(v => new FacetValue(key(v), label(v), counts.GetValueOrDefault(v), v == selected))
            .ToList();
    }
}
