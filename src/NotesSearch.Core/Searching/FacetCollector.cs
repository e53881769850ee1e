using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Collects a query (already narrowed by every non-facet filter) once, and per document checks the facet
/// filters itself: a document passing all of them is a hit (passed on to <c>hits</c>) and counts in every
/// dimension; one failing only its own dimension's filter still counts for that dimension. So each dimension's
/// counts ignore its own selection (multi-select) without running the query again. Year and month form one
/// hierarchy: years ignore the year and month selection, months ignore only the month (they stay within the
/// selected year). Sections, like topics, are ORed within their dimension. Counting reads the segment's decoded per-document ordinals (<see cref="SegmentFacets"/>) into
/// arrays by ordinal, folded into values when the segment ends.
/// Not thread-safe: one per search.
/// </summary>
internal sealed class FacetCollector(ICollector hits, FacetOrdinals ordinals, FacetSelection selection) : ICollector
{
    private readonly Dictionary<int, int> topicTotals = [];
    private readonly Dictionary<int, int> yearTotals = [];
    private readonly Dictionary<int, int> monthTotals = [];
    private readonly Dictionary<int, int> sectionTotals = [];
    private int total;

    private SegmentFacets? segment;
    private int[] topicCounts = [], yearCounts = [], monthCounts = [], sectionCounts = [];
    private bool[] selectedTopicOrds = [], selectedSectionOrds = [];
    private int selectedMonthOrd = -1;
    private bool[] selectedYearMonths = [];

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Fold();
        segment = ordinals.For(context.AtomicReader);
        topicCounts = new int[segment.TopicIds.Length];
        // Years are counted by month ordinal too (a month knows its year) and folded by year at the end.
        yearCounts = new int[segment.Months.Length];
        monthCounts = new int[segment.Months.Length];
        sectionCounts = new int[segment.SectionIds.Length];
        selectedSectionOrds = new bool[segment.SectionIds.Length];
        for (var ord = 0; ord < selectedSectionOrds.Length; ord++)
            selectedSectionOrds[ord] = selection.SectionIds.Contains(segment.SectionIds[ord]);
        if (selection.FiltersTopics)
        {
            selectedTopicOrds = new bool[segment.TopicIds.Length];
            for (var ord = 0; ord < selectedTopicOrds.Length; ord++)
                selectedTopicOrds[ord] = selection.TopicIds.Contains(segment.TopicIds[ord]);
        }
        selectedYearMonths = new bool[segment.Months.Length];
        for (var ord = 0; ord < selectedYearMonths.Length; ord++)
            selectedYearMonths[ord] = segment.Months[ord] / 100 == selection.Year;
        // -2: the selected month is not in this segment, so no document here passes the month filter.
        selectedMonthOrd = selection.Month is { } month ? OrdOf(segment.Months, month) : -1;
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var facets = segment!;
        var passTopic = !selection.FiltersTopics;
        var first = facets.TopicStart[doc];
        var last = facets.TopicStart[doc + 1];
        if (!passTopic)
        {
            for (var i = first; i < last && !passTopic; i++)
                passTopic = selectedTopicOrds[facets.TopicOrds[i]];
        }
        var sectionOrd = facets.SectionOfDoc is { } sections ? sections[doc] : -1;
        var passSection = !selection.FiltersSections || (sectionOrd >= 0 && selectedSectionOrds[sectionOrd]);
        var monthOrd = facets.MonthOfDoc[doc];
        var passYear = selection.Year is null || (monthOrd >= 0 && selectedYearMonths[monthOrd]);
        var passMonth = selection.Month is null || (monthOrd >= 0 && monthOrd == selectedMonthOrd);
        if (passYear && passMonth && passSection)
        {
            for (var i = first; i < last; i++)
                topicCounts[facets.TopicOrds[i]]++;
        }
        if (passTopic && passSection && monthOrd >= 0)
        {
            yearCounts[monthOrd]++;
            if (passYear)
                monthCounts[monthOrd]++;
        }
        if (passTopic && passYear && passMonth && sectionOrd >= 0)
            sectionCounts[sectionOrd]++;
        if (passTopic && passYear && passMonth && passSection)
        {
            total++;
            hits.Collect(doc);
        }
    }

    /// <summary>The counts so far (all of them once the search has run; part of them after a time-out).</summary>
    public FacetCounts Counts()
    {
        Fold();
        return new FacetCounts(total, topicTotals, yearTotals, monthTotals) { Sections = sectionTotals };
    }

    private static int OrdOf(int[] values, int value)
    {
        var ord = Array.IndexOf(values, value);
        return ord < 0 ? -2 : ord;
    }

    /// <summary>Adds the finished segment's ordinal counts to the totals by value.</summary>
    private void Fold()
    {
        if (segment is null)
            return;
        Add(topicCounts, segment.TopicIds, topicTotals);
        for (var ord = 0; ord < yearCounts.Length; ord++)
        {
            if (yearCounts[ord] > 0)
                yearTotals[segment.Months[ord] / 100] = yearTotals.GetValueOrDefault(segment.Months[ord] / 100) + yearCounts[ord];
        }
        Add(monthCounts, segment.Months, monthTotals);
        Add(sectionCounts, segment.SectionIds, sectionTotals);
        segment = null;
    }

    private static void Add(int[] counts, int[] values, Dictionary<int, int> totals)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
                totals[values[ord]] = totals.GetValueOrDefault(values[ord]) + counts[ord];
        }
    }
}
