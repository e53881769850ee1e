namespace NotesSearch.Core.Notes;

/// <summary>
/// Splits a note into its front matter and its body: YAML between <c>---</c> lines or TOML
/// between <c>+++</c> lines, at the very start of the file. Thread-safe (no state).
/// </summary>
internal static class FrontMatterReader
{
    private const string YamlFence = "---";
    private const string TomlFence = "+++";

    /// <summary>
    /// Reads the front matter at the start of <paramref name="text"/> (BOM already removed) and
    /// gives where the body starts; a file without front matter is all body.
    /// </summary>
    /// <exception cref="NoteFormatException">The front matter is never closed or does not parse.</exception>
    public static FrontMatter Read(string text, out int bodyStart)
    {
        bodyStart = 0;
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = text.AsSpan(0, firstLineEnd < 0 ? text.Length : firstLineEnd).TrimEnd();
        var fence = firstLine.SequenceEqual(YamlFence) ? YamlFence : firstLine.SequenceEqual(TomlFence) ? TomlFence : null;
        if (fence is null)
            return FrontMatter.Empty;

        var contentStart = firstLineEnd + 1;
        var position = contentStart;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = text.AsSpan(position, (end < 0 ? text.Length : end) - position);
            if (line.TrimEnd().SequenceEqual(fence))
            {
                var content = text[contentStart..position];
                bodyStart = end < 0 ? text.Length : end + 1;
                // The front matter's own line 1 is the file's line 2, after the opening fence.
                return fence == YamlFence
                    ? YamlFrontMatterReader.Read(content, lineOffset: 1)
                    : TomlFrontMatterReader.Read(content, lineOffset: 1);
            }
            if (end < 0)
                break;
            position = end + 1;
        }
        throw new NoteFormatException(1, $"front matter opened with '{fence}' on line 1 is never closed (no '{fence}' line after it)");
    }
}
