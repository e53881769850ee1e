namespace NotesSearch.Core.Notes;

/// <summary>
/// A mistake in a note, found while reading it: <see cref="NoteParser"/> turns it into a
/// <see cref="NoteProblem"/> on <see cref="Line"/>. Never escapes the parser.
/// </summary>
internal sealed class NoteFormatException(int line, string message) : Exception(message)
{
    /// <summary>The line of the file (1-based) where the mistake is.</summary>
    public int Line { get; } = line;
}
