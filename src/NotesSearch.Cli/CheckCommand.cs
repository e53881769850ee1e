using System.CommandLine;
using NotesSearch.Core.Notes;

namespace NotesSearch.Cli;

/// <summary><c>notes check</c>: parse every note without indexing; exit 1 when any is bad.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var command = new Command("check", "Check that every note parses (exit 1 when any is bad).") { content };
        command.SetAction(parsed =>
        {
            var contentPath = parsed.GetValue(content)!;
            if (!Directory.Exists(contentPath))
            {
                error.WriteLine($"notes check: no notes folder at {contentPath}");
                return NotesCli.UsageError;
            }
            var site = SiteInfo.Load(contentPath);
            // A bad setting is not a bad note: said, and its default used.
            if (site.Problem is { } siteProblem)
                error.WriteLine(Path.Combine(contentPath, siteProblem));
            var files = new ContentScanner(new NoteParserOptions { Conventions = site.Conventions }).Scan(contentPath).ToList();
            var problems = files.Where(f => f.Problem is not null).Select(f => f.Problem!).ToList();
            // Warnings (topics over the cap) are printed too, but fail nothing: the note is indexed.
            ProblemPrinter.Print(problems.Concat(files.SelectMany(f => f.Warnings)), contentPath, error);
            var bad = problems.Count(p => p.IsError);
            output.WriteLine($"{files.Count(f => f.Note is not null)} notes ok, {bad} bad, {problems.Count - bad} skipped");
            return bad > 0 ? NotesCli.Failed : NotesCli.Ok;
        });
        return command;
    }
}
