using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// On a read-only replica, picks up the commits another process (<c>notes index</c>, or the writing site) makes to
/// the shared index folder. A file-system watcher on the folder's <c>segments*</c> files (written last by every
/// commit) wakes it as soon as a commit lands; a poll every <see cref="NotesOptions.RefreshMilliseconds"/> is the
/// fallback for events the OS drops or cannot deliver (network folders, the inotify watch limit). Before a readable
/// index exists (a replica started before its writer, or over a damaged index) the same loop keeps trying to open
/// one. A commit that cannot be read leaves the previous one serving and is reported on <c>/healthz</c> (see
/// <see cref="NotesIndexHost.Problem"/>). Does nothing on the writing site.
/// </summary>
public sealed class IndexFollower(NotesIndexHost host, IOptions<NotesOptions> options, ILogger<IndexFollower> logger)
    : BackgroundService
{
    // Events come in a burst per commit (segments_N created and written, segments.gen replaced): one refresh after
    // the burst has been quiet this long, not one per event.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);

    private readonly SemaphoreSlim changed = new(0, 1);
    private bool cannotWatch;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!host.ReadOnly)
            return;
        var poll = TimeSpan.FromMilliseconds(Math.Max(100, options.Value.RefreshMilliseconds));
        FileSystemWatcher? watcher = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (watcher is null && !cannotWatch)
                    watcher = Watch();
                if (await changed.WaitAsync(poll, stoppingToken))
                {
                    // Let the commit's burst of events finish, and swallow the ones it raised meanwhile.
                    await Task.Delay(Settle, stoppingToken);
                    changed.Wait(0);
                }
                Refresh();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    private void Refresh()
    {
        try
        {
            if (host.Searcher.Refresh())
                logger.LogInformation("Picked up a new commit of {IndexPath}", host.IndexPath);
            host.RefreshSucceeded();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The current searcher keeps serving, and a failure here must not stop the host.
            host.RefreshFailed(e);
        }
    }

    /// <summary>Watches the index folder for commits, or returns null (polling only) when it cannot.</summary>
    private FileSystemWatcher? Watch()
    {
        if (!Directory.Exists(host.IndexPath))
            return null;
        try
        {
            var watcher = new FileSystemWatcher(host.IndexPath, "segments*")
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler wake = (_, _) => Wake();
            watcher.Created += wake;
            watcher.Changed += wake;
            watcher.Renamed += (_, _) => Wake();
            watcher.Error += (_, _) => Wake();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or ArgumentException)
        {
            logger.LogWarning(e, "Cannot watch {IndexPath}: new commits are picked up by polling only", host.IndexPath);
            cannotWatch = true;
            return null;
        }
    }

    private void Wake()
    {
        try
        {
            changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending.
        }
    }

    public override void Dispose()
    {
        changed.Dispose();
        base.Dispose();
    }
}
