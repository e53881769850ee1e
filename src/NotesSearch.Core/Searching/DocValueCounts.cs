using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Whole-archive counts of a SortedSet doc-values field (topics, months): every live document of a segment counted
/// by ordinal first, then only the distinct ordinals turned into text. No stored document is loaded. Thread-safe.
/// </summary>
public static class DocValueCounts
{
    // Readers are immutable: a topic list is read once per reader and dies with it.
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<FacetValue>> TopicsByReader = new();

    /// <summary>
    /// Every topic of the archive with its live note count, most notes first, then by label. One key written with
    /// two labels is counted once, under the first label seen. Read once per reader and shared.
    /// </summary>
    public static IReadOnlyList<FacetValue> Topics(IndexReader reader) => TopicsByReader.GetValue(reader, ReadTopics);

    private static IReadOnlyList<FacetValue> ReadTopics(IndexReader reader)
    {
        var byKey = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var (packed, count) in Count(reader, NoteFields.TopicFacet))
        {
            var topic = NoteDocuments.UnpackTopic(packed);
            byKey[topic.Key] = byKey.TryGetValue(topic.Key, out var seen) ? (seen.Label, seen.Count + count) : (topic.Label, count);
        }
        return byKey
            .Select(p => new FacetValue(p.Key, p.Value.Label, p.Value.Count, Selected: false))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();
    }

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
