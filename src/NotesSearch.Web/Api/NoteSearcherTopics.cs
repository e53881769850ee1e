using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api;

/// <summary>
/// Every topic with its note count, read from the topic facet doc values (no stored documents): counted by ordinal
/// per segment, then each distinct ordinal resolved to its key and label once. Computed once per reader and shared
/// (readers are immutable). Lives here rather than on NoteSearcher while the search engine is being rewritten.
/// Thread-safe.
/// </summary>
public static class NoteSearcherTopics
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<TopicCount>> Counts = new();

    public static IReadOnlyList<TopicCount> TopicCounts(this NoteSearcher searcher) =>
        searcher.Use(s => Counts.GetValue(s.IndexReader, Count));

    private static IReadOnlyList<TopicCount> Count(IndexReader reader)
    {
        var byKey = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var (packed, count) in DocValueCounts.Count(reader, NoteFields.TopicFacet))
        {
            // One key may have been written with two labels: counts merge, the first label seen stays.
            var topic = NoteDocuments.UnpackTopic(packed);
            byKey[topic.Key] = byKey.TryGetValue(topic.Key, out var seen) ? (seen.Label, seen.Count + count) : (topic.Label, count);
        }
        return byKey
            .Select(p => new TopicCount(p.Key, p.Value.Label, p.Value.Count, "/api/search?topic=" + Uri.EscapeDataString(p.Key)))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
