namespace NotesSearch.Web.Api;

/// <summary>The body of <c>GET /api/topics</c>.</summary>
/// <param name="Total">How many topics there are.</param>
/// <param name="Topics">Every topic, most notes first, then by label.</param>
public sealed record TopicsResponse(int Total, IReadOnlyList<TopicCount> Topics);

/// <summary>A topic and how many notes are filed under it.</summary>
/// <param name="Key">The normalised key, as <c>topic=</c> takes it (<c>kv-cache</c>).</param>
/// <param name="Label">The label as first written (<c>KV cache</c>).</param>
/// <param name="Count">Notes filed under it.</param>
/// <param name="Search">The API search listing those notes.</param>
public sealed record TopicCount(string Key, string Label, int Count, string Search);
