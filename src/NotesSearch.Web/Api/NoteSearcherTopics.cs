using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api;

/// <summary>Every topic with its note count and the search that lists its notes (counts from <see cref="DocValueCounts.Topics"/>).</summary>
public static class NoteSearcherTopics
{
    public static IReadOnlyList<TopicCount> TopicCounts(this NoteSearcher searcher) =>
        searcher.Use(s => DocValueCounts.Topics(s.IndexReader))
            .Select(t => new TopicCount(t.Key, t.Label, t.Count, "/api/search?topic=" + Uri.EscapeDataString(t.Key)))
            .ToArray();
}
