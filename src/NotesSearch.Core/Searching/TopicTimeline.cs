namespace NotesSearch.Core.Searching;

/// <summary>
/// A topic through time: its notes per month, its first and latest note, the topics most often filed with it, and
/// its newest notes. The body of <c>GET /api/topics/{key}</c> and <c>notes topic KEY --json</c>; the topic page draws it.
/// </summary>
/// <param name="Key">The topic's key (<c>kv-cache</c>).</param>
/// <param name="Label">Its label as first written (<c>KV cache</c>).</param>
/// <param name="Count">Notes filed under it.</param>
/// <param name="First">The oldest of them.</param>
/// <param name="Latest">The newest of them.</param>
/// <param name="Months">Each month that has any of its notes, oldest first, with how many.</param>
/// <param name="CoTopics">
/// The topics most often filed with it (at most <see cref="TopicTimelines.MaxCoTopics"/>), most shared notes first:
/// each one's count is how many of this topic's notes carry it too.
/// </param>
/// <param name="CoTopicTotal">How many different topics share a note with it (the list above is the top of them).</param>
/// <param name="Notes">Its notes, newest first, at most <see cref="TopicTimelines.MaxNotes"/> (the search <c>topic=key</c> lists them all).</param>
public sealed record TopicTimeline(
    string Key,
    string Label,
    int Count,
    NoteLink First,
    NoteLink Latest,
    IReadOnlyList<TopicMonth> Months,
    IReadOnlyList<CoTopic> CoTopics,
    int CoTopicTotal,
    IReadOnlyList<NoteLink> Notes);

/// <summary>One month of a topic's timeline: <c>2026</c>, <c>4</c> (April), 3 notes.</summary>
public sealed record TopicMonth(int Year, int Month, int Count);

/// <summary>A topic filed together with another: its key, label, and how many notes carry both.</summary>
public sealed record CoTopic(string Key, string Label, int Count);
