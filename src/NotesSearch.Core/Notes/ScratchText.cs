using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>
/// One <see cref="StringBuilder"/> per thread, lent to the writer of a note's plain text (<see cref="MarkdownPlainText"/>):
/// the text is built and then copied out once, so a builder of its size is no longer grown chunk by chunk and dropped
/// for every note. A builder is taken, not shared: a nested use while one is out gets a new one. Builders grown past
/// <see cref="MaxKeptChars"/> (a huge note) are not kept. (The HTML has its own, in the renderer kept per thread.)
/// </summary>
internal static class ScratchText
{
    /// <summary>The largest builder kept for the next note, in characters (1 MB of text).</summary>
    private const int MaxKeptChars = 1 << 19;

    [ThreadStatic]
    private static StringBuilder? kept;

    /// <summary>An empty builder, with room for at least <paramref name="capacity"/> characters; give it back with <see cref="Return"/>.</summary>
    public static StringBuilder Take(int capacity)
    {
        var builder = kept;
        kept = null;
        if (builder is null)
            return new StringBuilder(Math.Max(capacity, 256));
        builder.EnsureCapacity(capacity);
        return builder;
    }

    /// <summary>Keeps <paramref name="builder"/> (emptied) for this thread's next <see cref="Take"/>, unless it grew too large.</summary>
    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity > MaxKeptChars)
            return;
        builder.Clear();
        kept = builder;
    }
}
