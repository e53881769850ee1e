using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NotesSearch.Core.Searching;

/// <summary>
/// One pass of a query over the index: the top hits in order, the facet counts over all hits, and whether the
/// time budget ran out. On a big index (<see cref="SearchOptions.ParallelSegmentsFromNotes"/>) the segments are
/// split into one group per core, each group collected on its own thread, and the groups' hits and counts merged.
/// </summary>
internal sealed record SearchPass(TopDocs Top, FacetCounts Counts, bool TimedOut)
{
    /// <summary>No hits, nothing counted (a query that could not run).</summary>
    public static SearchPass None { get; } = new(new TopDocs(0, [], float.NaN), FacetCounts.None, false);

    /// <summary>No hits, nothing counted: the time budget ran out before any hit was collected.</summary>
    public static SearchPass OutOfTime { get; } = None with { TimedOut = true };

    /// <summary>The hits of one page, <paramref name="start"/> being the 0-based rank of its first hit.</summary>
    public ScoreDoc[] Page(int start, int count) => Top.ScoreDocs.Skip(start).Take(count).ToArray();

    /// <summary>Runs the query (its <paramref name="weight"/>) and keeps the top <paramref name="wanted"/> hits in <paramref name="sort"/> order.</summary>
    public static SearchPass Run(IndexReader reader, Weight weight, FacetOrdinals ordinals, FacetSelection selection, Sort sort, int wanted,
        SearchOptions options, QueryBudget budget)
    {
        var inOrder = reader.MaxDoc < options.OutOfOrderScoringFromNotes;
        var groups = reader.MaxDoc >= options.ParallelSegmentsFromNotes ? Split(reader.Leaves, Environment.ProcessorCount) : [];
        if (groups.Length < 2)
            return Collect(weight, reader.Leaves, ordinals, selection, sort, wanted, inOrder, merged: false, budget);
        var parts = new SearchPass[groups.Length];
        Parallel.For(0, groups.Length, i => parts[i] = Collect(weight, groups[i], ordinals, selection, sort, wanted, inOrder, merged: true, budget));
        return new SearchPass(
            TopDocs.Merge(sort, wanted, parts.Select(part => part.Top).ToArray()),
            FacetCounts.Sum(parts.Select(part => part.Counts)),
            parts.Any(part => part.TimedOut));
    }

    /// <summary>What <c>IndexSearcher.Search(query, collector)</c> does, over the given segments only.</summary>
    private static SearchPass Collect(Weight weight, IList<AtomicReaderContext> leaves, FacetOrdinals ordinals, FacetSelection selection,
        Sort sort, int wanted, bool inOrder, bool merged, QueryBudget budget)
    {
        // Hits that will be merged with other groups' keep their sort values (fillFields), which the merge compares.
        var top = TopFieldCollector.Create(sort, wanted, fillFields: merged, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: inOrder);
        var facets = new FacetCollector(top, ordinals, selection);
        // The collector gets what is left of the search's budget (an earlier pass or the expansion may have used some).
        ICollector collector = budget.IsLimited
            ? new TimeLimitingCollector(facets, budget.Clock, Math.Max(1, budget.RemainingMilliseconds))
            : facets;
        var timedOut = false;
        try
        {
            foreach (var leaf in leaves)
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
        }
        catch (Exception e) when (e is TimeLimitingCollector.TimeExceededException or QueryBudgetExceededException)
        {
            // QueryBudgetExceededException: a prefix or wildcard clause walking the term dictionary for this segment.
            // The budget ran out: keep what was collected so far; the caller says the answer is partial.
            timedOut = true;
        }
        return new SearchPass(top.GetTopDocs(), facets.Counts(), timedOut);
    }

    /// <summary>The segments in at most <paramref name="parts"/> groups of about as many documents each, each group in index order.</summary>
    private static IList<AtomicReaderContext>[] Split(IList<AtomicReaderContext> leaves, int parts)
    {
        var groups = new List<AtomicReaderContext>[Math.Min(parts, leaves.Count)];
        var sizes = new long[groups.Length];
        for (var i = 0; i < groups.Length; i++)
            groups[i] = [];
        foreach (var leaf in leaves.OrderByDescending(leaf => leaf.AtomicReader.MaxDoc))
        {
            var lightest = Array.IndexOf(sizes, sizes.Min());
            groups[lightest].Add(leaf);
            sizes[lightest] += leaf.AtomicReader.MaxDoc;
        }
        foreach (var group in groups)
            group.Sort((a, b) => a.Ord.CompareTo(b.Ord));
        return groups;
    }
}
