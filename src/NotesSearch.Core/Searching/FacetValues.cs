using System.Globalization;

namespace NotesSearch.Core.Searching;

/// <summary>Turns counts by id into the facet lists the answer shows: labels only for what is listed, selected values always listed.</summary>
internal static class FacetValues
{
    public static SearchFacets Build(FacetCounts counts, FacetOrdinals ordinals, IReadOnlyList<string> selectedTopics,
        IReadOnlyList<string> selectedSections, FacetSelection selection, int topicLimit)
    {
        var topics = counts.Topics
            .Where(p => p.Value > 0)
            .Select(p => (Topic: ordinals.Topic(p.Key), Count: p.Value, Id: p.Key))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Topic.Label, StringComparer.OrdinalIgnoreCase)
            .Take(topicLimit)
            .Select(t => new FacetValue(t.Topic.Key, t.Topic.Label, t.Count, selection.TopicIds.Contains(t.Id)))
            .ToList();
        foreach (var key in selectedTopics.Distinct(StringComparer.Ordinal))
        {
            if (topics.Any(t => t.Key == key))
                continue;
            var id = ordinals.TopicId(key);
            var label = id >= 0 ? ordinals.Topic(id).Label : key;
            topics.Add(new FacetValue(key, label, id >= 0 ? counts.Topics.GetValueOrDefault(id) : 0, true));
        }

        var years = Dated(counts.Years, selection.Year, y => y.ToString(CultureInfo.InvariantCulture), y => y.ToString(CultureInfo.InvariantCulture));
        var months = Dated(counts.Months, selection.Month,
            m => $"{m / 100:D4}-{m % 100:D2}",
            m => m % 100 is >= 1 and <= 12 ? new DateOnly(m / 100, m % 100, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture));
        return new SearchFacets(topics, years, months) { Sections = Sections(counts, ordinals, selectedSections, selection, topicLimit) };
    }

    /// <summary>Sections with notes, most notes first, at most <paramref name="limit"/>; the selected ones always listed.</summary>
    private static List<FacetValue> Sections(FacetCounts counts, FacetOrdinals ordinals, IReadOnlyList<string> selected, FacetSelection selection, int limit)
    {
        var sections = counts.Sections
            .Where(p => p.Value > 0)
            .Select(p => (Section: ordinals.Section(p.Key), Count: p.Value, Id: p.Key))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Section.Label, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(s => new FacetValue(s.Section.Key, s.Section.Label, s.Count, selection.SectionIds.Contains(s.Id)))
            .ToList();
        foreach (var key in selected.Distinct(StringComparer.Ordinal))
        {
            if (sections.Any(s => s.Key == key))
                continue;
            var id = ordinals.SectionId(key);
            sections.Add(new FacetValue(key, id >= 0 ? ordinals.Section(id).Label : key, id >= 0 ? counts.Sections.GetValueOrDefault(id) : 0, true));
        }
        return sections;
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
