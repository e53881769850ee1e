namespace NotesSearch.Core.Searching;

/// <summary>One autocomplete entry, as <c>GET /api/suggest</c> returns it.</summary>
/// <param name="Text">For a word, the whole input with its last word completed (<c>kv ca</c> → <c>kv cache</c>);
/// for a topic, its label (<c>KV cache</c>), or after <c>topic:</c> the whole input with the topic's key (<c>topic:networking</c>).</param>
/// <param name="Kind">Word or topic.</param>
/// <param name="Count">Notes behind it: for a word, the notes the completed text finds (holding every typed word and the
/// completion, as the search reads them; a count cut short by the time budget is a lower bound); for a topic, the notes filed under it.</param>
/// <param name="TopicKey">The topic's key (<c>kv-cache</c>) for a topic; null for a word.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, int Count, string? TopicKey = null);
