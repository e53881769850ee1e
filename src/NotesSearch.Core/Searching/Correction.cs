namespace NotesSearch.Core.Searching;

/// <summary>
/// The result of <see cref="SpellingCorrector"/>: the words with the misspelt ones replaced, and which changed.
/// Immutable. Use <see cref="ApplyTo"/> to turn the original query text into the "did you mean" text.
/// </summary>
/// <param name="Words">The words given, in order, each either unchanged (as given) or replaced by its correction.</param>
/// <param name="Changes">The words that changed, in the order first met; never empty.</param>
public sealed record Correction(IReadOnlyList<string> Words, IReadOnlyList<WordCorrection> Changes)
{
    /// <summary>
    /// Rewrites <paramref name="queryText"/> with only the changed words replaced (in the case they were typed),
    /// keeping quotes, operators, field scopes and everything else as they were:
    /// <c>title:Kuberntes -"kv cache"</c> becomes <c>title:Kubernetes -"kv cache"</c>.
    /// </summary>
    public string ApplyTo(string queryText) =>
        QueryWords.Replace(queryText, Changes.ToDictionary(c => c.Original, c => c.Corrected, StringComparer.Ordinal));

    /// <summary>The changes in plain words, for <c>interpreted</c>: <c>disagregation → disaggregation</c>.</summary>
    public override string ToString() => string.Join(", ", Changes.Select(c => $"{c.Original} → {c.Corrected}"));
}
