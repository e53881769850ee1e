using Lucene.Net.Search;

namespace NotesSearch.Core.Searching;

/// <summary>A query as <see cref="QueryBuilder"/> read it: the Lucene query to run, its date bounds, and how it was read.</summary>
/// <param name="Query">What to match and score (date bounds not included); <see cref="MatchAllDocsQuery"/> when there are no words.</param>
/// <param name="HasWords">False when nothing searchable was left (empty text, only stop words or symbols).</param>
/// <param name="After">Inclusive first day, from <c>after:</c>.</param>
/// <param name="Before">Exclusive last day, from <c>before:</c>.</param>
/// <param name="Interpreted">How the query was read, in words for the reader (<c>kv AND cache (synonym: …)</c>).</param>
/// <param name="Warnings">What was cut, ignored or read differently.</param>
/// <param name="FellBack">True when the syntax did not parse and the text was searched as plain words.</param>
public sealed record ParsedQuery(
    Query Query,
    bool HasWords,
    DateOnly? After,
    DateOnly? Before,
    string Interpreted,
    IReadOnlyList<string> Warnings,
    bool FellBack)
{
    /// <summary>The query as typed, as far as it was searched (the length and word limits cut the rest).</summary>
    public string Searched { get; init; } = "";
}
