using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// Probe notes added to content/ for the relevance suite: words the author's notes never use but readers type
/// (stemming traps, accents, decomposed Unicode, stop-word phrases), each with a near miss beside it.
/// </summary>
internal static class RelevanceProbes
{
    public static IReadOnlyList<Note> Notes { get; } =
    [
        TestIndex.Note("universe-expansion", "The observable universe is mostly empty", "Cosmology notes: the universe expands, and most of it is dark energy."),
        TestIndex.Note("university-cluster", "Our university cluster", "The university runs a shared cluster with a universal job queue."),
        TestIndex.Note("organize-reading", "How I organize my reading", "I organize papers into folders by question, not by venue."),
        TestIndex.Note("organic-growth", "Organic growth of a blog", "Organic traffic came from search, not from social posts."),
        // "Zürich" written decomposed: u followed by a combining diaeresis (U+0308).
        TestIndex.Note("zurich-meetup", "Notes from the Zu\u0308rich meetup", "The Zu\u0308rich meetup was about serving models on shared clusters."),
        TestIndex.Note("cafe-queue", "The café queue as a latency model", "A café with one barista is a single-server queue."),
        TestIndex.Note("cafe-wifi", "Cafe wifi is not a network", "Working from a cafe taught me about packet loss."),
        TestIndex.Note("soup-of-the-day", "Soup of the day", "A soup of the day is a default that changes daily."),
        TestIndex.Note("soup-fresh-day", "Soup with fresh day bread", "Soup with fresh day bread makes a cheap lunch, and the soup is the point."),
    ];
}
