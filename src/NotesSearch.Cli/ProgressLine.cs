using System.Diagnostics;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Cli;

/// <summary>
/// A progress line on a terminal, shown only once a run has taken over a second (short runs stay quiet)
/// and redrawn at most four times a second. Silent when the output is redirected.
/// </summary>
internal sealed class ProgressLine(TextWriter output, bool enabled)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastDrawn = TimeSpan.FromSeconds(0.75);
    private bool drawn;

    public static ProgressLine For(TextWriter output) =>
        new(output, enabled: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);

    public void Report(IndexProgress progress)
    {
        if (!enabled || clock.Elapsed - lastDrawn < TimeSpan.FromMilliseconds(250))
            return;
        lastDrawn = clock.Elapsed;
        drawn = true;
        output.Write($"\r  {progress.Seen:N0} files read, {progress.Indexed:N0} indexed ({clock.Elapsed.TotalSeconds:0}s)");
    }

    /// <summary>Clears the line before the summary is printed.</summary>
    public void Finish()
    {
        if (drawn)
            output.Write("\r" + new string(' ', 60) + "\r");
    }
}
