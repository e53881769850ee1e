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
    }
}
