using Lucene.Net.Index;
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
        foreach (var (packed, count) in DocValueCounts.Count(reader, NoteFields.TopicFacet))
        {
            var topic = NoteDocuments.UnpackTopic(packed);
            byKey[topic.Key] = byKey.TryGetValue(topic.Key, out var seen) ? (seen.Label, seen.Count + count) : (topic.Label, count);
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
