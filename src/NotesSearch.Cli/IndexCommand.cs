using System.CommandLine;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Cli;

/// <summary><c>notes index</c>: bring the index in line with the notes, in one atomic commit.</summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var index = CommonOptions.Index();
        var full = new Option<bool>("--full") { Description = "Rebuild every note, not only the changed ones." };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when any note is bad." };
        var drafts = new Option<bool>("--drafts") { Description = "Index notes marked draft: true." };
        var maxSize = CommonOptions.WholeNumber("--max-file-mb", "Largest note file read, in MB.", NoteParserOptions.DefaultMaxFileBytes / (1024 * 1024));
        var command = new Command("index", "Index the notes (incremental: only changed notes are rewritten).")
        {
            content, index, full, strict, drafts, maxSize,
        };
        command.SetAction(parsed =>
        {
            var contentPath = parsed.GetValue(content)!;
            if (!Directory.Exists(contentPath))
            {
                error.WriteLine($"notes index: no notes folder at {contentPath}");
                return NotesCli.UsageError;
            }
            var options = new NoteParserOptions
            {
                IncludeDrafts = parsed.GetValue(drafts),
                MaxFileBytes = parsed.GetValue(maxSize) * 1024 * 1024,
            }.WithConventionsOf(contentPath);
            IndexReport report;
            try
            {
                using var indexer = NoteIndexer.Open(parsed.GetValue(index)!, role: IndexWriterOwner.IndexCommandRole);
                if (indexer.Damage is { } damage)
                    error.WriteLine($"notes index: {damage}.");
                var progress = ProgressLine.For(output);
                report = indexer.Sync(new ContentScanner(options).Scan(contentPath), parsed.GetValue(full), progress.Report);
                progress.Finish();
            }
            catch (IndexLockedException e)
            {
                error.WriteLine($"notes index: {e.Message}");
                return NotesCli.Failed;
            }
            ProblemPrinter.Print(report.Problems, contentPath, error);
            output.WriteLine(report);
            return parsed.GetValue(strict) && report.Errors > 0 ? NotesCli.Failed : NotesCli.Ok;
        });
        return command;
    }
}
