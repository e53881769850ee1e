using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Whole-archive counts of a SortedSet doc-values field (topics, months): every live document of a segment counted
/// by ordinal first, then only the distinct ordinals turned into text. No stored document is loaded. Thread-safe.
/// </summary>
public static class DocValueCounts
{
    /// <summary>Adds each live document's values of <paramref name="field"/> in <paramref name="reader"/> to <paramref name="totals"/>.</summary>
    public static void AddLive(AtomicReader reader, string field, Dictionary<string, int> totals)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
            return;
        var perOrdinal = new int[values.ValueCount];
        var live = reader.LiveDocs;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            // Deleted documents keep their doc values until a merge: count only live ones.
            if (live is not null && !live.Get(doc))
                continue;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                perOrdinal[ord]++;
        }
        var term = new BytesRef();
        for (var ord = 0; ord < perOrdinal.Length; ord++)
        {
            if (perOrdinal[ord] == 0)
                continue;
            values.LookupOrd(ord, term);
            var key = term.Utf8ToString();
            totals[key] = totals.GetValueOrDefault(key) + perOrdinal[ord];
        }
    }

    /// <summary>The counts of <paramref name="field"/> over every segment of <paramref name="reader"/>.</summary>
    public static Dictionary<string, int> Count(IndexReader reader, string field)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
            AddLive(leaf.AtomicReader, field, totals);
        return totals;
    }
}
