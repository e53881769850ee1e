using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api;

/// <summary>The body of <c>GET /api/suggest</c>.</summary>
/// <param name="Query">What was typed.</param>
/// <param name="Suggestions">Completions from the <see cref="Suggester"/>, best first: topics, then title words completing the last word typed.</param>
public sealed record SuggestResponse(string Query, IReadOnlyList<Suggestion> Suggestions);
