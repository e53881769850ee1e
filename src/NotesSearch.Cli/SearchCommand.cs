using System.CommandLine;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli;

/// <summary><c>notes search</c>: the same search as the site and the API; <c>--json</c> prints the API's response.</summary>
internal static partial class SearchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "What to look for, in the query language; empty lists every note, newest first.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "",
        };
        var index = CommonOptions.Index();
        var topics = new Option<string[]>("--topic") { Description = "Only notes with this topic (repeatable: any of them)." };
        var sections = new Option<string[]>("--section")
        {
            Description = "Only notes filed under this section, a top-level folder (repeatable: any of them).",
        };
        var year = CommonOptions.OptionalWholeNumber("--year", "Only notes from this year.");
        var month = CommonOptions.OptionalWholeNumber("--month", "Only notes from this month (1-12) of --year.");
        var from = new Option<string?>("--from") { Description = "Only notes on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only notes on or before this day (YYYY-MM-DD)." };
        var sort = new Option<string?>("--sort") { Description = "relevance, newest or oldest." };
        sort.AcceptOnlyFromAmong("relevance", "newest", "oldest");
        var page = CommonOptions.WholeNumber("--page", "Page number, from 1.", 1);
        var pageSize = CommonOptions.WholeNumber("--page-size", $"Results per page (1-{SearchRequest.MaxPageSize}).", SearchRequest.DefaultPageSize);
        var json = CommonOptions.Json();
        var timeZone = new Option<string>("--time-zone")
        {
            Description = "The time zone relative date phrases (yesterday, last month) count in: an IANA id such as Europe/Berlin, or UTC.",
            DefaultValueFactory = _ => "UTC",
        };
        var synonyms = new Option<string>("--synonyms")
        {
            Description = "Query-time synonyms (Solr format); used when the file exists.",
            DefaultValueFactory = _ => Path.Combine("content", "synonyms.txt"),
        };
        var command = new Command("search", "Search the notes.")
        {
            query, index, synonyms, topics, sections, year, month, from, to, sort, page, pageSize, json, timeZone,
        };
        command.SetAction(parsed =>
        {
            var fromText = parsed.GetValue(from);
            var toText = parsed.GetValue(to);
            var request = new SearchRequest
            {
                Query = parsed.GetValue(query) ?? "",
                Topics = parsed.GetValue(topics) ?? [],
                Sections = parsed.GetValue(sections) ?? [],
                Year = parsed.GetValue(year),
                Month = parsed.GetValue(month),
                From = SearchRequest.ParseDate(fromText),
                To = SearchRequest.ParseDate(toText),
                Sort = SearchRequest.ParseSort(parsed.GetValue(sort)),
                Page = parsed.GetValue(page),
                PageSize = parsed.GetValue(pageSize),
            };
            var problems = request.Validate().Select(e => AsOption(e.Parameter, e.Message)).ToList();
            foreach (var section in request.Sections.Where(s => Section.KeyOf(s).Length == 0))
                problems.Add($"--section '{section}' has no letter or digit.");
            if (fromText is not null && request.From is null)
                problems.Add($"--from '{fromText}' is not a date (YYYY-MM-DD).");
            if (toText is not null && request.To is null)
                problems.Add($"--to '{toText}' is not a date (YYYY-MM-DD).");
            var zone = Zone(parsed.GetValue(timeZone)!);
            if (zone is null)
                problems.Add($"--time-zone '{parsed.GetValue(timeZone)}' is not a time zone this machine knows (use an IANA id such as Europe/Berlin, or UTC).");
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                    error.WriteLine($"notes search: {problem}");
                return NotesCli.UsageError;
            }
            // The highlighter's sentence rules load on the other core while the index opens (~0.2 s of a search).
            _ = Task.Run(NoteSearcher.Preload);
            if (!IndexFolder.TryOpen(parsed.GetValue(index)!, parsed.GetResult(index) is { Implicit: false }, error, out var searcher, parsed.GetValue(synonyms), zone))
                return NotesCli.Failed;
            using (searcher)
            {
                SearchResults results;
                try
                {
                    results = searcher.Search(request);
                    // tookMs is the search, as the API reports it from a warm site: this first run also paid the
                    // process's start-up (compiling the search code, opening the index's structures; 1.6 s for 32 notes),
                    // so the JSON reports a second, warm run of the same search (milliseconds; never more than its own
                    // budget, so the command takes at most twice the budget). On a loaded machine the cold run alone
                    // can spend the whole budget, and then the warm one also gives the fuller answer.
                    if (parsed.GetValue(json))
                        results = searcher.Search(request);
                }
                catch (IndexUnavailableException e)
                {
                    error.WriteLine($"notes search: {e.Message}; `notes index` moves it aside and rebuilds it from the notes.");
                    return NotesCli.Failed;
                }
                if (parsed.GetValue(json))
                    output.WriteLine(JsonSerializer.Serialize(results, NotesJson.Indented));
                else
                    PrintText(results, output);
                return NotesCli.Ok;
            }
        });
        return command;
    }

    private static TimeZoneInfo? Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    private static void PrintText(SearchResults results, TextWriter output)
    {
        foreach (var warning in results.Warnings)
            output.WriteLine($"warning: {warning}");
        if (results.DidYouMean is { } suggestion)
            output.WriteLine($"Did you mean: {suggestion}");
        if (results.Dates is { } dates)
            output.WriteLine($"Dates: {dates.Label}");
        var words = results.Query.Length == 0 ? "all notes" : $"\"{results.Query}\"";
        output.WriteLine($"{results.Total} notes for {words}{(results.Relaxed ? " (no note has every word; showing notes with any)" : "")}" +
                         $", page {results.Page}");
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Date:yyyy-MM-dd}  {hit.Title}");
            var topics = string.Join(", ", hit.Topics.Select(t => t.Label));
            var filed = (hit.Section?.Label, topics) switch
            {
                (null, "") => "",
                (null, _) => $"  [{topics}]",
                ({ } section, "") => $"  [{section}]",
                ({ } section, _) => $"  [{section}: {topics}]",
            };
            output.WriteLine($"            {hit.Url}{filed}");
            output.WriteLine($"            {PlainText(hit.Snippet)}");
        }
    }

    /// <summary>Snippets are HTML (matches in mark): on a terminal, the matched words go between asterisks.</summary>
    private static string PlainText(string html) => WebUtility.HtmlDecode(MarkTag().Replace(html, "*"));

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTag();

    /// <summary>
    /// A request error as the command line names things: "pageSize must be…" (the API's parameter) becomes
    /// "--page-size must be…" (the option the user typed).
    /// </summary>
    internal static string AsOption(string parameter, string message) =>
        message.StartsWith(parameter, StringComparison.Ordinal)
            ? "--" + string.Concat(parameter.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())) + message[parameter.Length..]
            : message;
}
