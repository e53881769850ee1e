using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary><c>notes topic KEY</c>: a topic over time (<c>--json</c> prints <c>/api/topics/{key}</c>'s answer).</summary>
internal static class TopicCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var key = new Argument<string>("TOPIC") { Description = "The topic's key or label (kv-cache, \"KV cache\")." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("topic", "Show a topic over time: notes per month, first and latest, topics filed with it, newest notes.")
        {
            key, index, json,
        };
        command.SetAction(parsed =>
        {
            var topic = parsed.GetValue(key) ?? "";
            if (!IndexFolder.TryOpen(parsed.GetValue(index)!, parsed.GetResult(index) is { Implicit: false }, error, out var searcher))
                return NotesCli.Failed;
            using (searcher)
            {
                TopicTimeline? timeline;
                try
                {
                    timeline = searcher.Timeline(topic);
                }
                catch (IndexUnavailableException e)
                {
                    error.WriteLine($"notes topic: {e.Message}; `notes index` moves it aside and rebuilds it from the notes.");
                    return NotesCli.Failed;
                }
                if (timeline is null)
                {
                    error.WriteLine($"notes topic: no note is filed under '{topic}'; `notes stats` counts the topics, the site lists them at /topics.");
                    return NotesCli.Failed;
                }
                if (parsed.GetValue(json))
                    output.WriteLine(JsonSerializer.Serialize(timeline, NotesJson.Indented));
                else
                    Print(timeline, output);
                return NotesCli.Ok;
            }
        });
        return command;
    }

    private static void Print(TopicTimeline timeline, TextWriter output)
    {
        output.WriteLine($"{timeline.Label} ({timeline.Key}): {Notes(timeline.Count)}, {Day(timeline.First.Date)} to {Day(timeline.Latest.Date)}");
        output.WriteLine($"  first   {Day(timeline.First.Date)}  {timeline.First.Title}");
        output.WriteLine($"  latest  {Day(timeline.Latest.Date)}  {timeline.Latest.Title}");
        output.WriteLine();
        output.WriteLine("Per month:");
        var widest = timeline.Months.Max(m => m.Count);
        foreach (var month in timeline.Months)
        {
            // A bar of up to 40 '#', so a busy month does not wrap the terminal.
            var bar = new string('#', Math.Max(1, (int)Math.Round(40.0 * month.Count / widest)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {month.Year:0000}-{month.Month:00}  {month.Count,4}  {bar}"));
        }
        if (timeline.CoTopics.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(timeline.CoTopicTotal > timeline.CoTopics.Count
                ? $"Often with (top {timeline.CoTopics.Count} of {timeline.CoTopicTotal}):"
                : "Often with:");
            foreach (var other in timeline.CoTopics)
                output.WriteLine($"  {other.Count,4}  {other.Label} ({other.Key})");
        }
        output.WriteLine();
        output.WriteLine(timeline.Count > timeline.Notes.Count ? $"Newest {timeline.Notes.Count} of {timeline.Count}:" : "Notes, newest first:");
        foreach (var note in timeline.Notes)
            output.WriteLine($"  {Day(note.Date)}  {note.Title}  {note.Url}");
    }

    private static string Notes(int count) => count == 1 ? "1 note" : $"{count} notes";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
