using System.CommandLine;

namespace NotesSearch.Cli;

/// <summary>The <c>notes</c> command: index, check, search, stats, missed, topic, on-this-day.</summary>
public static class NotesCli
{
    /// <summary>Everything went as asked.</summary>
    public const int Ok = 0;

    /// <summary>Bad notes (under --strict, or in check), or the index could not be used.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Parses and runs one command line, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("NotesSearch: a searchable archive of Markdown notes.")
        {
            IndexCommand.Create(output, error),
            CheckCommand.Create(output, error),
            SearchCommand.Create(output, error),
            StatsCommand.Create(output, error),
            MissedCommand.Create(output, error),
            TopicCommand.Create(output, error),
            OnThisDayCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in UsageProblems(root, parsed))
                error.WriteLine($"notes: {problem}");
            error.WriteLine("Run `notes --help` for usage.");
            return UsageError;
        }
        try
        {
            // Our own handler, not System.CommandLine's: that one prints the whole stack trace.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be read or written (permissions, a file where a folder should be): every error is one line.
            error.WriteLine($"notes {parsed.CommandResult.Command.Name}: {e.Message.ReplaceLineEndings(" ")}");
            return Failed;
        }
        catch (Exception e)
        {
            error.WriteLine($"notes {parsed.CommandResult.Command.Name}: unexpected error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); " +
                            "please report it with the command line that caused it.");
            return Failed;
        }
    }

    /// <summary>
    /// The parser's errors as a reader needs them: "Required command was not provided." only when nothing else is wrong
    /// (after <c>--bogus</c> it hid the real error), and then as which commands there are.
    /// </summary>
    private static IEnumerable<string> UsageProblems(RootCommand root, ParseResult parsed)
    {
        // The message as the parser words it (it is localised): whatever an empty command line gets.
        var noCommand = root.Parse([]).Errors.Select(e => e.Message).ToHashSet();
        // One line each: the parser lists allowed values on lines of their own ("Must be one of:\n\trelevance…").
        var problems = parsed.Errors.Select(e => e.Message).Where(m => !noCommand.Contains(m))
            .Select(m => string.Join(' ', m.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries))).ToList();
        if (problems.Count == 0)
            problems.Add($"give a command: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
        return problems;
    }
}
