using System.Runtime.CompilerServices;
using Lucene.Net.Index;
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
        var months = DocValueCounts.Count(reader, NoteFields.MonthFacet);
        var topicCounts = DocValueCounts.Topics(reader)
            .Select(t => new TopicCount(t.Key, t.Label, t.Count))
            .OrderBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var monthCounts = months
            .Select(pair => new MonthCount(DateOnly.ParseExact(pair.Key + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pair.Value))
            .OrderBy(m => m.Month)
            .ToArray();
        return new CatalogCounts(reader.NumDocs, topicCounts, monthCounts);
    }
}
