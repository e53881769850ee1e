using System.Globalization;

namespace NotesSearch.Core.Notes;

/// <summary>File sizes as people read them: <c>6.2 MB</c>, <c>1 KB</c>, <c>300 bytes</c>.</summary>
internal static class FileSizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => Scaled(bytes, 1024, "KB"),
        _ => Scaled(bytes, 1024 * 1024, "MB"),
    };

    /// <summary>"file is 6.2 MB, over the 5 MB limit", exact when rounding would hide the difference.</summary>
    public static string OverLimit(long bytes, long limit)
    {
        var (size, max) = (Format(bytes), Format(limit));
        if (size == max)
            (size, max) = (Exact(bytes), Exact(limit));
        return $"file is {size}, over the {max} limit";
    }

    private static string Exact(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    private static string Scaled(long bytes, long unit, string name) =>
        ((double)bytes / unit).ToString("0.#", CultureInfo.InvariantCulture) + " " + name;
}
