namespace NotesSearch.Cli.Tests;

/// <summary>One in-process run of the <c>notes</c> command: its exit code and what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NotesCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
