using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Builds a <see cref="TopicTimeline"/> from doc values: the topic's notes are visited once, their month and topic
/// ordinals counted per segment into arrays, and only the distinct ordinals turned into text; stored fields are
/// loaded for the listed notes only (at most <see cref="MaxNotes"/> + 1). Thread-safe: each call leases its own searcher.
/// </summary>
public static class TopicTimelines
{
    /// <summary>Most co-occurring topics listed.</summary>
    public const int MaxCoTopics = 10;

    /// <summary>Most notes listed, newest first; the search <c>topic=key</c> pages through the rest.</summary>
    public const int MaxNotes = 50;

    private static readonly HashSet<string> LinkFields = [NoteFields.Slug, NoteFields.Title, NoteFields.Date];

    private static readonly Sort Newest = new(new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: true), new SortField(NoteFields.SlugSort, SortFieldType.STRING));
    private static readonly Sort Oldest = new(new SortField(NoteFields.DateSort, SortFieldType.INT64), new SortField(NoteFields.SlugSort, SortFieldType.STRING));

    /// <summary>
    /// The timeline of the topic <paramref name="topic"/> (a key, or a label: it is normalised to its key), or null
    /// when no note is filed under it.
    /// </summary>
    public static TopicTimeline? Timeline(this NoteSearcher searcher, string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var key = Topic.KeyOf(topic);
        if (key.Length == 0)
            return null;
        return searcher.Use(indexSearcher =>
        {
            var query = new TermQuery(new Term(NoteFields.Topic, key));
            var counts = new TimelineCollector();
            indexSearcher.Search(query, counts);
            counts.Finish();
            if (counts.Total == 0)
                return null;
            var topics = counts.Topics
                .Select(pair => (Topic: NoteDocuments.UnpackTopic(pair.Key), Count: pair.Value))
                .GroupBy(t => t.Topic.Key, StringComparer.Ordinal)
                // One key written with two labels is one topic, under the label of most notes.
                .Select(g => new CoTopic(g.Key, g.MaxBy(t => t.Count).Topic.Label, g.Sum(t => t.Count)))
                .ToList();
            var label = topics.FirstOrDefault(t => t.Key == key)?.Label ?? key;
            var others = topics.Where(t => t.Key != key)
                .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Key, StringComparer.Ordinal)
                .ToList();
            var months = counts.Months
                .Select(pair => MonthOf(pair.Key) is { } month ? new TopicMonth(month.Year, month.Month, pair.Value) : null)
                .OfType<TopicMonth>()
                .OrderBy(m => m.Year).ThenBy(m => m.Month)
                .ToArray();
            var notes = Links(indexSearcher, indexSearcher.Search(query, null, MaxNotes, Newest));
            var first = Links(indexSearcher, indexSearcher.Search(query, null, 1, Oldest))[0];
            return new TopicTimeline(key, label, counts.Total, first, notes[0], months,
                others.Take(MaxCoTopics).ToArray(), others.Count, notes);
        });
    }

    private static NoteLink[] Links(IndexSearcher searcher, TopDocs top) =>
        top.ScoreDocs.Select(hit =>
        {
            var doc = searcher.Doc(hit.Doc, LinkFields);
            var slug = doc.Get(NoteFields.Slug);
            return new NoteLink(slug, doc.Get(NoteFields.Title), DateOnly.FromDateTime(NoteDocuments.DateOf(doc).DateTime), NoteSearcher.UrlOf(slug));
        }).ToArray();

    private static DateOnly? MonthOf(string yearMonth) =>
        DateOnly.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Counts the month and topic doc values of every note it is given, by ordinal within each segment.</summary>
    private sealed class TimelineCollector : ICollector
    {
        private SortedSetDocValues? monthValues, topicValues;
        private int[] monthCounts = [], topicCounts = [];

        public int Total { get; private set; }

        /// <summary>"2026-04" → notes.</summary>
        public Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);

        /// <summary>"key\u001Flabel" → notes (the topic itself included).</summary>
        public Dictionary<string, int> Topics { get; } = new(StringComparer.Ordinal);

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Finish();
            monthValues = context.AtomicReader.GetSortedSetDocValues(NoteFields.MonthFacet);
            topicValues = context.AtomicReader.GetSortedSetDocValues(NoteFields.TopicFacet);
            monthCounts = new int[monthValues?.ValueCount ?? 0];
            topicCounts = new int[topicValues?.ValueCount ?? 0];
        }

        public void Collect(int doc)
        {
            Total++;
            Count(monthValues, monthCounts, doc);
            Count(topicValues, topicCounts, doc);
        }

        /// <summary>Turns the segment's ordinal counts into text; call after the last segment too.</summary>
        public void Finish()
        {
            Flush(monthValues, monthCounts, Months);
            Flush(topicValues, topicCounts, Topics);
            monthValues = topicValues = null;
        }

        private static void Count(SortedSetDocValues? values, int[] counts, int doc)
        {
            if (values is null)
                return;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                counts[ord]++;
        }

        private static void Flush(SortedSetDocValues? values, int[] counts, Dictionary<string, int> totals)
        {
            if (values is null)
                return;
            var term = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                values.LookupOrd(ord, term);
                var text = term.Utf8ToString();
                totals[text] = totals.GetValueOrDefault(text) + counts[ord];
            }
        }
    }
}
