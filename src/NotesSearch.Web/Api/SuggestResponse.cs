namespace NotesSearch.Web.Api;

/// <summary>The body of <c>GET /api/suggest</c>.</summary>
/// <param name="Query">What was typed.</param>
/// <param name="Suggestions">Completions, best first: title words completing the last word typed, and topics.</param>
public sealed record SuggestResponse(string Query, IReadOnlyList<ApiSuggestion> Suggestions);

/// <summary>One completion.</summary>
/// <param name="Text">For a word, the whole input with its last word completed (<c>kv ca</c> → <c>kv cache</c>); for a topic, its label.</param>
/// <param name="Kind"><c>word</c> or <c>topic</c>.</param>
/// <param name="Count">Notes behind it: titles holding the word, or notes filed under the topic.</param>
/// <param name="TopicKey">The topic's key for a topic (use it as <c>topic=</c>); null for a word.</param>
public sealed record ApiSuggestion(string Text, string Kind, int Count, string? TopicKey);
