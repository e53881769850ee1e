using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
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
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var values = segment.GetSortedSetDocValues(NoteFields.TopicFacet);
            if (values is null)
                continue;
            var counts = new int[values.ValueCount];
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                // Deleted documents keep their doc values until a merge: count only live ones.
                if (live is not null && !live.Get(doc))
                    continue;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    counts[ord]++;
            }
            var bytes = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                values.LookupOrd(ord, bytes);
                var topic = NoteDocuments.UnpackTopic(bytes.Utf8ToString());
                byKey[topic.Key] = byKey.TryGetValue(topic.Key, out var seen)
                    ? (seen.Label, seen.Count + counts[ord])
                    : (topic.Label, counts[ord]);
            }
        }
        return byKey
            .Select(p => new TopicCount(p.Key, p.Value.Label, p.Value.Count, "/api/search?topic=" + Uri.EscapeDataString(p.Key)))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
