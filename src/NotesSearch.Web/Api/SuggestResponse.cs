using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api;

/// <summary>The body of <c>GET /api/suggest</c>.</summary>
/// <param name="Query">What was typed.</param>
/// <param name="Suggestions">Completions from the <see cref="Suggester"/>, best first: topics, then words of the notes completing the last word typed (each finds at least <c>count</c> notes).</param>
public sealed record SuggestResponse(string Query, IReadOnlyList<Suggestion> Suggestions);
