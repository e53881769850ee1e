using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Catalog;

/// <summary>
/// Whole-archive counts for the topics and archive pages: notes per topic and per month, read from the facet
/// doc values (no documents loaded) once per index reader and cached until the next commit is picked up.
/// Thread-safe.
/// </summary>
public sealed class NoteCatalog(NoteSearcher searcher)
{
    // Keyed on the reader: a refresh opens a new one, so stale counts are simply never looked up again.
    private readonly ConditionalWeakTable<IndexReader, CatalogCounts> cache = [];

    /// <summary>The counts for the index as the searcher sees it now.</summary>
    public CatalogCounts Counts() => searcher.Use(indexSearcher =>
        cache.GetValue(indexSearcher.IndexReader, Count));

    private static CatalogCounts Count(IndexReader reader)
    {
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            CountField(leaf.AtomicReader, NoteFields.TopicFacet, topics);
            CountField(leaf.AtomicReader, NoteFields.MonthFacet, months);
        }
        var topicCounts = topics
            .Select(pair => (Topic: NoteDocuments.UnpackTopic(pair.Key), Count: pair.Value))
            .Select(t => new TopicCount(t.Topic.Key, t.Topic.Label, t.Count))
            .OrderBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var monthCounts = months
            .Select(pair => new MonthCount(DateOnly.ParseExact(pair.Key + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pair.Value))
            .OrderBy(m => m.Month)
            .ToArray();
        return new CatalogCounts(reader.NumDocs, topicCounts, monthCounts);
    }

    /// <summary>Adds each live document's values of a SortedSet doc-values field, counted by ordinal first.</summary>
    private static void CountField(AtomicReader reader, string field, Dictionary<string, int> totals)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
            return;
        var perOrdinal = new int[values.ValueCount];
        var live = reader.LiveDocs;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
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
}
