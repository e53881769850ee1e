using System.CommandLine;

namespace NotesSearch.Cli;

/// <summary>The <c>notes</c> command: index, check, search, stats, topic, on-this-day.</summary>
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
            TopicCommand.Create(output, error),
            OnThisDayCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine($"notes: {problem.Message}");
            error.WriteLine("Run `notes --help` for usage.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
