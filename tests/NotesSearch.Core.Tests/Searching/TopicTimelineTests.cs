using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class TopicTimelineTests
{
    private static NoteSearcher Archive() => Build(
        Note("a", "First cache note", date: "2025-11-03", topics: ["KV cache", "Networking"]),
        Note("b", "Second cache note", date: "2026-04-01", topics: ["KV cache", "Networking", "MoE"]),
        Note("c", "Third cache note", date: "2026-04-20", topics: ["KV cache", "MoE"]),
        Note("d", "Latest cache note", date: "2026-05-02", topics: ["KV cache", "Networking"]),
        Note("e", "Not about caches", date: "2026-05-03", topics: ["Networking", "GPUs"]));

    [Fact]
    public void ATimelineCountsTheTopicsNotesPerMonth()
    {
        using var searcher = Archive();

        var timeline = searcher.Timeline("kv-cache")!;

        Assert.Equal(("kv-cache", "KV cache", 4), (timeline.Key, timeline.Label, timeline.Count));
        Assert.Equal([new TopicMonth(2025, 11, 1), new TopicMonth(2026, 4, 2), new TopicMonth(2026, 5, 1)], timeline.Months);
        Assert.Equal(("a", "d"), (timeline.First.Slug, timeline.Latest.Slug));
        Assert.Equal(["d", "c", "b", "a"], timeline.Notes.Select(n => n.Slug));
    }

    [Fact]
    public void CoTopicsAreCountedOverTheTopicsNotesOnly()
    {
        using var searcher = Archive();

        var timeline = searcher.Timeline("KV cache")!;

        // Networking is on four notes in all, but only three of them are about the KV cache; GPUs never is.
        Assert.Equal([new CoTopic("networking", "Networking", 3), new CoTopic("moe", "MoE", 2)], timeline.CoTopics);
        Assert.Equal(2, timeline.CoTopicTotal);
    }

    [Fact]
    public void CoTopicsAndNotesAreBounded()
    {
        var notes = Enumerable.Range(0, TopicTimelines.MaxNotes + 5)
            .Select(i => Note($"n{i:000}", $"Note {i}", date: "2026-01-01", topics: ["Hub", $"Spoke {i}"]))
            .ToArray();
        using var searcher = Build(notes);

        var timeline = searcher.Timeline("hub")!;

        Assert.Equal(TopicTimelines.MaxNotes + 5, timeline.Count);
        Assert.Equal(TopicTimelines.MaxNotes, timeline.Notes.Count);
        Assert.Equal(TopicTimelines.MaxCoTopics, timeline.CoTopics.Count);
        Assert.Equal(TopicTimelines.MaxNotes + 5, timeline.CoTopicTotal);
    }

    [Theory]
    [InlineData("no-such-topic")]
    [InlineData("!!!")]
    [InlineData("")]
    public void AnUnknownTopicHasNoTimeline(string key)
    {
        using var searcher = Archive();

        Assert.Null(searcher.Timeline(key));
    }
}
