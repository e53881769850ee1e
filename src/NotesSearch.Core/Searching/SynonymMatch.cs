namespace NotesSearch.Core.Searching;

/// <summary>A synonym entry found in the query: it covers <see cref="Length"/> words and can be read as any of <see cref="Alternatives"/>.</summary>
public sealed record SynonymMatch(int Length, IReadOnlyList<string> Alternatives);
