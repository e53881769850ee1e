namespace NotesSearch.Core.Tests.Searching;

/// <summary>A query judged by hand: the notes that answer it (any order), and what kind of query it is.</summary>
/// <param name="Query">As a reader would type it.</param>
/// <param name="Kind">topic, phrase, synonym, token, date, typo, …: for the report.</param>
/// <param name="Relevant">Slugs of the notes that answer the query; one of them must come first.</param>
internal sealed record RelevanceCase(string Query, string Kind, params string[] Relevant);
