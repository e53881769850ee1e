using Lucene.Net.Index;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary>Opens an index folder for reading, or says clearly why it cannot.</summary>
internal static class IndexFolder
{
    /// <summary>
    /// Opens the index at <paramref name="indexPath"/> (as the user typed it); on failure writes one line saying why and
    /// what to do, and returns false. <paramref name="given"/>: whether the user typed <c>--index</c>, so the advice
    /// repeats it.
    /// </summary>
    public static bool TryOpen(string indexPath, bool given, TextWriter error, out NoteSearcher searcher, string? synonymsPath = null, TimeZoneInfo? timeZone = null)
    {
        searcher = null!;
        if (!Directory.Exists(indexPath))
        {
            Missing(indexPath, given, error);
            return false;
        }
        try
        {
            searcher = NoteSearcher.Open(indexPath, SearchOptionsFor(synonymsPath) with { TimeZone = timeZone ?? TimeZoneInfo.Utc });
            return true;
        }
        catch (IndexNotFoundException)
        {
            Missing(indexPath, given, error);
            return false;
        }
        catch (Exception e) when (IndexIntegrity.IsOpenFailure(e) || e is IOException or UnauthorizedAccessException)
        {
            // A reader repairs nothing (it may run beside the writer): the writer moves a damaged index aside and rebuilds.
            // An unreadable file (permissions, a folder where a file should be) is said the same way: one line, the way out.
            Damaged(indexPath, e.Message.ReplaceLineEndings(" "), error);
            return false;
        }
    }

    /// <summary>
    /// "No index at …" with the full path (a relative one means nothing when run from another folder), and the command
    /// that builds it, repeating the user's <c>--index</c>.
    /// </summary>
    private static void Missing(string indexPath, bool given, TextWriter error) =>
        error.WriteLine(given
            ? $"notes: no index at {Path.GetFullPath(indexPath)} (--index {indexPath}); build it with `notes index --index {indexPath}`."
            : $"notes: no index at {Path.GetFullPath(indexPath)}; build it with `notes index`, or give the index folder with --index.");

    /// <summary>
    /// The CLI's per-search time budget. The server's 500 ms protects it from hostile queries; a one-off CLI search
    /// pays the process's start-up (JIT, the highlighter's rules, the first reader) inside its one query, which on a
    /// busy machine alone can take 500 ms and would cut the results. A larger budget, rather than one started after a
    /// warm-up, because a warm-up would cost every run that time even when the machine is idle; it still bounds a
    /// hostile query typed at the terminal.
    /// </summary>
    public static readonly TimeSpan SearchTimeBudget = TimeSpan.FromSeconds(5);

    /// <summary>The options the CLI searches with: <see cref="SearchTimeBudget"/>, and the synonyms file when it exists.</summary>
    public static SearchOptions SearchOptionsFor(string? synonymsPath)
    {
        var options = synonymsPath is not null && File.Exists(synonymsPath) ? SearchOptions.WithSynonymsFile(synonymsPath) : SearchOptions.Default;
        return options with { TimeBudget = SearchTimeBudget };
    }

    /// <summary>The one line a reader prints for an index it cannot read, with the way out.</summary>
    public static void Damaged(string indexPath, string reason, TextWriter error) =>
        error.WriteLine($"notes: the index at {Path.GetFullPath(indexPath)} cannot be read ({reason}); " +
                        "`notes index` moves it aside and rebuilds it from the notes (a running site does so when restarted).");
}
