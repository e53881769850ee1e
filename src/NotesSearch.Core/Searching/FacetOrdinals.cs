using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Per-reader facet state: each segment's decoded facet values (cached by segment core, so a refresh only decodes
/// new segments), and the topics and sections seen so far with stable ids. Thread-safe; owned by one <see cref="NoteSearcher"/>.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly ConditionalWeakTable<object, SegmentFacets> segments = [];
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> topicIds = new(StringComparer.Ordinal);
    private readonly List<Topic> topics = [];
    private readonly Dictionary<string, int> sectionIds = new(StringComparer.Ordinal);
    private readonly List<Section> sections = [];

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

    /// <summary>The id of a section key, or -1 when no indexed note has it.</summary>
    public int SectionId(string key)
    {
        lock (gate)
            return sectionIds.TryGetValue(key, out var id) ? id : -1;
    }

    /// <summary>The section (key and label) with this id.</summary>
    public Section Section(int id)
    {
        lock (gate)
            return sections[id];
    }

    private SegmentFacets Build(AtomicReader reader)
    {
        var scratch = new BytesRef();
        var topicValues = reader.GetSortedSetDocValues(NoteFields.TopicFacet);
        var topicIds = new int[topicValues?.ValueCount ?? 0];
        for (var ord = 0; ord < topicIds.Length; ord++)
        {
            topicValues!.LookupOrd(ord, scratch);
            topicIds[ord] = Register(NoteDocuments.UnpackTopic(scratch.Utf8ToString()));
        }

        var sectionValues = reader.GetSortedSetDocValues(NoteFields.SectionFacet);
        var sectionIds = new int[sectionValues?.ValueCount ?? 0];
        for (var ord = 0; ord < sectionIds.Length; ord++)
        {
            sectionValues!.LookupOrd(ord, scratch);
            sectionIds[ord] = Register(NoteDocuments.UnpackSection(scratch.Utf8ToString()));
        }

        var monthValues = reader.GetSortedSetDocValues(NoteFields.MonthFacet);
        var months = new int[monthValues?.ValueCount ?? 0];
        for (var ord = 0; ord < months.Length; ord++)
        {
            monthValues!.LookupOrd(ord, scratch);
            var text = scratch.Utf8ToString().Replace("-", "");
            months[ord] = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var month) ? month : -1;
        }

        var maxDoc = reader.MaxDoc;
        var monthOfDoc = new int[maxDoc];
        // Null when no note of the segment has a section (flat content): nothing to count, no memory spent.
        var sectionOfDoc = sectionValues is null ? null : new int[maxDoc];
        var topicStart = new int[maxDoc + 1];
        var topicOrds = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            monthOfDoc[doc] = -1;
            if (monthValues is not null)
            {
                monthValues.SetDocument(doc);
                monthOfDoc[doc] = (int)monthValues.NextOrd();
            }
            if (sectionOfDoc is not null)
            {
                sectionValues!.SetDocument(doc);
                sectionOfDoc[doc] = (int)sectionValues.NextOrd();
            }
            topicStart[doc] = topicOrds.Count;
            if (topicValues is not null)
            {
                topicValues.SetDocument(doc);
                for (var ord = topicValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = topicValues.NextOrd())
                    topicOrds.Add((int)ord);
            }
        }
        topicStart[maxDoc] = topicOrds.Count;
        return new SegmentFacets(topicIds, months, monthOfDoc, topicStart, topicOrds.ToArray())
        {
            SectionIds = sectionIds,
            SectionOfDoc = sectionOfDoc,
        };
    }

    private int Register(Section section)
    {
        lock (gate)
        {
            if (sectionIds.TryGetValue(section.Key, out var id))
                return id;
            sectionIds[section.Key] = sections.Count;
            sections.Add(section);
            return sections.Count - 1;
        }
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
