using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// On a read-only replica, picks up the commits another process (<c>notes index</c>, or the writing site)
/// makes to the shared index folder: <see cref="Core.Searching.NoteSearcher.Refresh"/> is cheap when nothing
/// changed, so polling it every second is how a replica stays current. Does nothing on the writing site.
/// </summary>
public sealed class IndexFollower(NotesIndexHost host, IOptions<NotesOptions> options, ILogger<IndexFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!host.ReadOnly)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(100, options.Value.RefreshMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (host.Searcher.Refresh())
                    logger.LogInformation("Picked up a new commit of {IndexPath}", host.IndexPath);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The writer may be mid-commit or pruning old files: the current searcher keeps serving,
                // and a failure here must not stop the host.
                logger.LogWarning(e, "Refresh of {IndexPath} failed; retrying", host.IndexPath);
            }
        }
    }
}
