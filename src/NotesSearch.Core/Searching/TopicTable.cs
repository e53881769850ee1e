using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Every topic of one reader with its note count and its label split into lower-case words, read once from the
/// topic facet doc values (no stored documents) and then shared by every request on that reader. Immutable.
/// </summary>
internal sealed class TopicTable
{
    /// <summary>One topic: key, label, label words (lower case), and how many live notes carry it.</summary>
    internal sealed record Entry(string Key, string Label, string[] Words, int Count);

    private TopicTable(IReadOnlyList<Entry> entries) => Entries = entries;

    /// <summary>Most notes first, then by label.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    public static TopicTable Read(IndexReader reader)
    {
        var byKey = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(NoteFields.TopicFacet);
            if (values is null)
                continue;
            // Count by ordinal first; resolve only the distinct ordinals to text.
            var counts = new int[values.ValueCount];
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
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
        var entries = byKey
            .Select(p => new Entry(p.Key, p.Value.Label, WordsOf(p.Value.Label), p.Value.Count))
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.Label, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new TopicTable(entries);
    }

    /// <summary>Lower-case words of a label or of typed text (runs of letters and digits).</summary>
    public static string[] WordsOf(string text) =>
        QueryWords.Scan(text).Select(s => text.Substring(s.Start, s.Length).ToLowerInvariant()).ToArray();
}
