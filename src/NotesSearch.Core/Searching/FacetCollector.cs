using Lucene.Net.Index;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Collects a query (already narrowed by every non-facet filter) once, and per document checks the facet
/// filters itself: a document passing all of them is a hit (passed on to <c>hits</c>) and counts in every
/// dimension; one failing only its own dimension's filter still counts for that dimension. So each dimension's
/// counts ignore its own selection (multi-select) without running the query again. Year and month form one
/// hierarchy: years ignore the year and month selection, months ignore only the month (they stay within the
/// selected year). Counting is by segment ordinal into arrays, folded into ids when the segment ends.
/// Not thread-safe: one per search.
/// </summary>
internal sealed class FacetCollector(ICollector hits, FacetOrdinals ordinals, FacetSelection selection) : ICollector
{
    private readonly Dictionary<int, int> topicTotals = [];
    private readonly Dictionary<int, int> yearTotals = [];
    private readonly Dictionary<int, int> monthTotals = [];
    private int total;

    private SegmentFacets? segment;
    private SortedSetDocValues? topics, years, months;
    private int[] topicCounts = [], yearCounts = [], monthCounts = [];
    private bool[] selectedTopicOrds = [];
    private long selectedYearOrd = -1, selectedMonthOrd = -1;
    private int[] docTopics = new int[8];

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Fold();
        var reader = context.AtomicReader;
        segment = ordinals.For(reader);
        topics = reader.GetSortedSetDocValues(NoteFields.TopicFacet);
        years = reader.GetSortedSetDocValues(NoteFields.YearFacet);
        months = reader.GetSortedSetDocValues(NoteFields.MonthFacet);
        topicCounts = new int[segment.TopicIds.Length];
        yearCounts = new int[segment.Years.Length];
        monthCounts = new int[segment.Months.Length];
        if (selection.FiltersTopics)
        {
            selectedTopicOrds = new bool[segment.TopicIds.Length];
            for (var ord = 0; ord < selectedTopicOrds.Length; ord++)
                selectedTopicOrds[ord] = selection.TopicIds.Contains(segment.TopicIds[ord]);
        }
        // -2: the selected value is not in this segment, so no document here passes that filter.
        selectedYearOrd = selection.Year is { } year ? OrdOf(segment.Years, year) : -1;
        selectedMonthOrd = selection.Month is { } month ? OrdOf(segment.Months, month) : -1;
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var passTopic = !selection.FiltersTopics;
        var topicCount = 0;
        if (topics is not null)
        {
            topics.SetDocument(doc);
            for (var ord = topics.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = topics.NextOrd())
            {
                if (topicCount == docTopics.Length)
                    Array.Resize(ref docTopics, topicCount * 2);
                docTopics[topicCount++] = (int)ord;
                passTopic |= selection.FiltersTopics && selectedTopicOrds[ord];
            }
        }
        var yearOrd = FirstOrd(years, doc);
        var monthOrd = FirstOrd(months, doc);
        var passYear = selection.Year is null || (yearOrd >= 0 && yearOrd == selectedYearOrd);
        var passMonth = selection.Month is null || (monthOrd >= 0 && monthOrd == selectedMonthOrd);
        if (passYear && passMonth)
        {
            for (var i = 0; i < topicCount; i++)
                topicCounts[docTopics[i]]++;
        }
        if (passTopic)
        {
            if (yearOrd >= 0)
                yearCounts[yearOrd]++;
            if (passYear && monthOrd >= 0)
                monthCounts[monthOrd]++;
        }
        if (passTopic && passYear && passMonth)
        {
            total++;
            hits.Collect(doc);
        }
    }

    /// <summary>The counts so far (all of them once the search has run; part of them after a time-out).</summary>
    public FacetCounts Counts()
    {
        Fold();
        return new FacetCounts(total, topicTotals, yearTotals, monthTotals);
    }

    private static long FirstOrd(SortedSetDocValues? values, int doc)
    {
        if (values is null)
            return -1;
        values.SetDocument(doc);
        return values.NextOrd();
    }

    private static long OrdOf(int[] values, int value)
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
        Add(yearCounts, segment.Years, yearTotals);
        Add(monthCounts, segment.Months, monthTotals);
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
