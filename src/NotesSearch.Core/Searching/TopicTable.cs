using Lucene.Net.Index;

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
        var entries = DocValueCounts.Topics(reader)
            .Select(t => new Entry(t.Key, t.Label, WordsOf(t.Label), t.Count))
            .ToArray();
        return new TopicTable(entries);
    }

    /// <summary>Lower-case words of a label or of typed text (runs of letters and digits).</summary>
    public static string[] WordsOf(string text) =>
        QueryWords.Scan(text).Select(s => text.Substring(s.Start, s.Length).ToLowerInvariant()).ToArray();
}
