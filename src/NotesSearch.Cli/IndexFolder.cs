using Lucene.Net.Index;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary>Opens an index folder for reading, or says clearly why it cannot.</summary>
internal static class IndexFolder
{
    public static bool TryOpen(string indexPath, TextWriter error, out NoteSearcher searcher, string? synonymsPath = null)
    {
        searcher = null!;
        if (!Directory.Exists(indexPath))
        {
            error.WriteLine($"notes: no index at {indexPath}; run `notes index` first.");
            return false;
        }
        try
        {
            searcher = synonymsPath is not null && File.Exists(synonymsPath)
                ? NoteSearcher.Open(indexPath, synonymsPath)
                : NoteSearcher.Open(indexPath);
            return true;
        }
        catch (IndexNotFoundException)
        {
            error.WriteLine($"notes: no index at {indexPath}; run `notes index` first.");
            return false;
        }
        catch (Exception e) when (e is IOException or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // A reader repairs nothing (it may run beside the writer): the writer moves a damaged index aside and rebuilds.
            Damaged(indexPath, $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}", error);
            return false;
        }
    }

    /// <summary>The one line a reader prints for an index it cannot read, with the way out.</summary>
    public static void Damaged(string indexPath, string reason, TextWriter error) =>
        error.WriteLine($"notes: the index at {indexPath} cannot be read ({reason}); " +
                        "`notes index` moves it aside and rebuilds it from the notes (a running site does so when restarted).");
}
