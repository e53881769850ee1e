using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary><c>notes on-this-day</c>: notes from the week around a calendar day in earlier years (<c>--json</c> as <c>/api/on-this-day</c>).</summary>
internal static class OnThisDayCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var date = new Option<string?>("--date") { Description = "The day (YYYY-MM-DD); default today, in this computer's time zone." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("on-this-day", $"List notes written on this calendar day, or up to {OnThisDayFinder.WindowDays} days either side, in earlier years.")
        {
            date, index, json,
        };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(date);
            DateOnly day;
            if (text is null)
            {
                day = DateOnly.FromDateTime(DateTime.Now);
            }
            else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                error.WriteLine($"notes on-this-day: --date '{text}' is not a day that exists (YYYY-MM-DD).");
                return NotesCli.UsageError;
            }
            if (!IndexFolder.TryOpen(parsed.GetValue(index)!, parsed.GetResult(index) is { Implicit: false }, error, out var searcher))
                return NotesCli.Failed;
            using (searcher)
            {
                OnThisDay found;
                try
                {
                    found = searcher.OnThisDay(day);
                }
                catch (IndexUnavailableException e)
                {
                    error.WriteLine($"notes on-this-day: {e.Message}; `notes index` moves it aside and rebuilds it from the notes.");
                    return NotesCli.Failed;
                }
                if (parsed.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(found, NotesJson.Indented));
                    return NotesCli.Ok;
                }
                var heading = $"On {day.ToString("d MMMM", CultureInfo.InvariantCulture)} (±{found.WindowDays} days) in earlier years:";
                output.WriteLine(found.Total == 0 ? $"{heading} no notes." : heading);
                foreach (var note in found.Notes)
                {
                    var ago = note.YearsAgo == 1 ? "1 year ago" : $"{note.YearsAgo} years ago";
                    output.WriteLine($"  {note.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {ago,-12}  {note.Title}  {note.Url}");
                }
                if (found.Total > found.Notes.Count)
                    output.WriteLine($"  … and {found.Total - found.Notes.Count} more (the most recent {found.Notes.Count} are shown).");
                return NotesCli.Ok;
            }
        });
        return command;
    }
}
