using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NotesSearch.Core.Missed;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary>
/// <c>notes missed</c>: the searches readers made that found nothing (counted by the site when
/// <c>Notes:RecordMissedSearches</c> is true), most often missed first: the topics readers expect and the archive lacks.
/// </summary>
internal static class MissedCommand
{
    public const int DefaultTop = 20;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var index = CommonOptions.Index();
        var file = new Option<string?>("--file")
        {
            Description = $"The missed-searches file (Notes:MissedSearchesPath); default: {MissedSearchStore.FileName} beside the index folder.",
        };
        var since = new Option<string?>("--since") { Description = "Only searches missed on or after this day (YYYY-MM-DD, UTC)." };
        var top = new Option<int>("--top")
        {
            Description = $"At most this many (1-{MissedSearchStore.DefaultMaxQueries}).",
            DefaultValueFactory = _ => DefaultTop,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON: an array of {query, count, first, last}." };
        var command = new Command("missed", "List the searches that found nothing, most often missed first.") { index, file, since, top, json };
        command.SetAction(parsed =>
        {
            var sinceText = parsed.GetValue(since);
            var sinceDay = SearchRequest.ParseDate(sinceText);
            var count = parsed.GetValue(top);
            var problems = new List<string>();
            if (sinceText is not null && sinceDay is null)
                problems.Add($"--since '{sinceText}' is not a date (YYYY-MM-DD).");
            if (count is < 1 or > MissedSearchStore.DefaultMaxQueries)
                problems.Add($"--top must be between 1 and {MissedSearchStore.DefaultMaxQueries}.");
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                    error.WriteLine($"notes missed: {problem}");
                return NotesCli.UsageError;
            }
            var store = new MissedSearchStore(parsed.GetValue(file) ?? MissedSearchStore.PathBeside(parsed.GetValue(index)!));
            IReadOnlyList<MissedSearch> rows;
            try
            {
                rows = store.List(sinceDay is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null, count);
            }
            catch (SqliteException e)
            {
                error.WriteLine($"notes missed: {store.Path} cannot be read ({e.Message}).");
                return NotesCli.Failed;
            }
            if (parsed.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(rows, NotesJson.Indented));
                return NotesCli.Ok;
            }
            if (rows.Count == 0)
            {
                output.WriteLine(File.Exists(store.Path)
                    ? $"No search found nothing{(sinceDay is null ? "" : $" since {sinceText}")}."
                    : $"No searches recorded: {store.Path} does not exist (the site records them when Notes:RecordMissedSearches is true).");
                return NotesCli.Ok;
            }
            output.WriteLine($"{"count",7}  {"first",-10}  {"last",-10}  query");
            foreach (var row in rows)
                output.WriteLine($"{row.Count,7}  {row.First:yyyy-MM-dd}  {row.Last:yyyy-MM-dd}  {row.Query}");
            return NotesCli.Ok;
        });
        return command;
    }
}
