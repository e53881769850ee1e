namespace NotesSearch.Core.Notes;

/// <summary>
/// One front matter value, reduced to the shapes a note needs: text, a list of texts, or a
/// native date (TOML). Anything else (a nested table, a mapping) has none of the three set.
/// </summary>
/// <param name="Line">The file line (1-based) of the key, for problems that name it.</param>
/// <param name="Text">A scalar as written (YAML scalars are always text; TOML booleans and numbers become text).</param>
/// <param name="Items">A list's scalar items.</param>
/// <param name="Date">A TOML date or date-time (YAML dates are text, read by <see cref="NoteDates"/>).</param>
internal sealed record FrontMatterValue(int Line, string? Text = null, IReadOnlyList<string>? Items = null, DateTimeOffset? Date = null)
{
    /// <summary>The value as text: text as is, a native date in ISO 8601, else null.</summary>
    public string? AsText() => Text ?? Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
