namespace NotesSearch.Core.Searching;

/// <summary>One autocomplete entry, as <c>GET /api/suggest</c> returns it.</summary>
/// <param name="Text">For a word, the whole input with its last word completed (<c>kv ca</c> → <c>kv cache</c>);
/// for a topic, its label (<c>KV cache</c>).</param>
/// <param name="Kind">Word or topic.</param>
/// <param name="Count">Notes behind it: titles holding the word, or notes filed under the topic.</param>
/// <param name="TopicKey">The topic's key (<c>kv-cache</c>) for a topic; null for a word.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, int Count, string? TopicKey = null);
