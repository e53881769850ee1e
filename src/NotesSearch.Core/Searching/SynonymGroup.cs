namespace NotesSearch.Core.Searching;

/// <summary>
/// Words of the query that a synonym entry covers, replaced in the parser's input by a placeholder term;
/// the parser turns it into (the words as typed OR each alternative as a phrase).
/// </summary>
/// <param name="Original">The covered words as typed, space-separated (or the phrase's text when <paramref name="Quoted"/>).</param>
/// <param name="Quoted">True when the user typed the entry as a "phrase".</param>
/// <param name="Alternatives">What the entry can also be read as, each a phrase.</param>
internal sealed record SynonymGroup(string Original, bool Quoted, IReadOnlyList<string> Alternatives);
