using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Per-reader facet state: each segment's ordinal → value maps (cached by segment core, so a refresh only maps
/// new segments), and the topics seen so far with stable ids. Thread-safe; owned by one <see cref="NoteSearcher"/>.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly ConditionalWeakTable<object, SegmentFacets> segments = [];
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> topicIds = new(StringComparer.Ordinal);
    private readonly List<Topic> topics = [];

    /// <summary>The maps of one segment, built on first use.</summary>
    public SegmentFacets For(AtomicReader reader) => segments.GetValue(reader.CoreCacheKey, _ => Build(reader));

    /// <summary>Maps every segment of <paramref name="reader"/> not seen yet, so every topic it holds has an id.</summary>
    public void Prepare(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
            For(leaf.AtomicReader);
    }

    /// <summary>The id of a topic key, or -1 when no indexed note has it.</summary>
    public int TopicId(string key)
    {
        lock (gate)
            return topicIds.TryGetValue(key, out var id) ? id : -1;
    }

    /// <summary>The topic (key and label) with this id.</summary>
    public Topic Topic(int id)
    {
        lock (gate)
            return topics[id];
    }

    private SegmentFacets Build(AtomicReader reader)
    {
        var scratch = new BytesRef();
        var topicValues = reader.GetSortedSetDocValues(NoteFields.TopicFacet);
        var topicOrds = new int[topicValues?.ValueCount ?? 0];
        for (var ord = 0; ord < topicOrds.Length; ord++)
        {
            topicValues!.LookupOrd(ord, scratch);
            topicOrds[ord] = Register(NoteDocuments.UnpackTopic(scratch.Utf8ToString()));
        }
        return new SegmentFacets(topicOrds, Numbers(reader, NoteFields.YearFacet, scratch), Numbers(reader, NoteFields.MonthFacet, scratch));
    }

    /// <summary>"2026" → 2026, "2026-03" → 202603.</summary>
    private static int[] Numbers(AtomicReader reader, string field, BytesRef scratch)
    {
        var values = reader.GetSortedSetDocValues(field);
        var numbers = new int[values?.ValueCount ?? 0];
        for (var ord = 0; ord < numbers.Length; ord++)
        {
            values!.LookupOrd(ord, scratch);
            var text = scratch.Utf8ToString().Replace("-", "");
            numbers[ord] = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        }
        return numbers;
    }

    private int Register(Topic topic)
    {
        lock (gate)
        {
            if (topicIds.TryGetValue(topic.Key, out var id))
                return id;
            // The first label seen for a key names it (labels are kept as first written).
            topicIds[topic.Key] = topics.Count;
            topics.Add(topic);
            return topics.Count - 1;
        }
    }
}
