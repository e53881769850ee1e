using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NotesSearch.Core.Notes;

/// <summary>
/// A file's bytes as text, or why they are not a note's text (empty, binary, not UTF-8).
/// Thread-safe (no state).
/// </summary>
internal static class NoteBytes
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes UTF-8 (an optional BOM dropped).</summary>
    /// <exception cref="NoteFormatException">The bytes are empty, binary or not UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            throw new NoteFormatException(1, "empty file");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new NoteFormatException(1, "file is UTF-16, not UTF-8: save it as UTF-8");
        // Text never holds NUL; an image or archive named .md nearly always does.
        if (bytes.Contains((byte)0))
            throw new NoteFormatException(1, "binary file, not Markdown");
        var bomLength = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        bytes = bytes[bomLength..];
        if (!Utf8.IsValid(bytes))
            throw InvalidUtf8(bytes, bomLength);
        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
            throw new NoteFormatException(1, "empty file");
        return text;
    }

    private static NoteFormatException InvalidUtf8(ReadOnlySpan<byte> bytes, int bomLength)
    {
        // Decoding into a scratch buffer stops exactly at the first bad byte.
        var offset = 0;
        Span<char> scratch = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is not OperationStatus.DestinationTooSmall)
                break;
        }
        var line = bytes[..offset].Count((byte)'\n') + 1;
        var bad = offset < bytes.Length ? $" (0x{bytes[offset]:X2})" : "";
        return new NoteFormatException(line, $"invalid UTF-8 at byte offset {bomLength + offset}{bad}: save the file as UTF-8");
    }
}
