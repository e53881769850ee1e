namespace NotesSearch.Core.Searching;

/// <summary>What <see cref="QueryText.Prepare"/> makes of the raw text before the classic parser sees it.</summary>
/// <param name="Text">Parser input: field scopes whitelisted, syntax we do not offer escaped, synonym runs as placeholders.</param>
/// <param name="PlainText">The same query as bare words (all syntax dropped): what is searched when <see cref="Text"/> does not parse.</param>
/// <param name="Groups">Synonym groups, indexed by their placeholder number.</param>
/// <param name="After">Inclusive first day from <c>after:</c>.</param>
/// <param name="Before">Exclusive day from <c>before:</c>.</param>
/// <param name="Warnings">What was cut or ignored, in words for the reader.</param>
internal sealed record PreparedQuery(
    string Text,
    string PlainText,
    IReadOnlyList<SynonymGroup> Groups,
    DateOnly? After,
    DateOnly? Before,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The typed text as far as it is searched: past the length limit and the word limit nothing is.</summary>
    public string Searched { get; init; } = "";

    /// <summary>True when the word limit (<see cref="SearchOptions.MaxTerms"/>) left words out.</summary>
    public bool WordsCut { get; init; }

    /// <summary>True when the last word ends with <see cref="QueryText.PrefixMark"/>: it also matches as a prefix.</summary>
    public bool PrefixLast { get; init; }
}
