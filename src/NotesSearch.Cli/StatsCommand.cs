using System.CommandLine;
using System.Text.Json;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary><c>notes stats</c>: what the index holds.</summary>
internal static class StatsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show what the index holds.") { index, json };
        command.SetAction(parsed =>
        {
            var indexPath = parsed.GetValue(index)!;
            if (!IndexFolder.TryOpen(indexPath, parsed.GetResult(index) is { Implicit: false }, error, out var searcher))
                return NotesCli.Failed;
            using (searcher)
            {
                IndexStatistics stats;
                try
                {
                    stats = searcher.Statistics();
                }
                catch (IndexUnavailableException e)
                {
                    error.WriteLine($"notes stats: {e.Message}; `notes index` moves it aside and rebuilds it from the notes.");
                    return NotesCli.Failed;
                }
                if (parsed.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(stats, NotesJson.Indented));
                    return NotesCli.Ok;
                }
                output.WriteLine($"notes         {stats.Notes:N0}");
                output.WriteLine($"topics        {stats.Topics:N0}");
                output.WriteLine($"newest        {stats.Newest:yyyy-MM-dd}");
                output.WriteLine($"oldest        {stats.Oldest:yyyy-MM-dd}");
                output.WriteLine($"last indexed  {stats.LastIndexed:u}");
                output.WriteLine($"generation    {stats.Generation}");
                output.WriteLine($"format        {stats.FormatVersion}");
                output.WriteLine($"size          {stats.SizeBytes / 1024.0 / 1024.0:0.0} MB");
                return NotesCli.Ok;
            }
        });
        return command;
    }
}
