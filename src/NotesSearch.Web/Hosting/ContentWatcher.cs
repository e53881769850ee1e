using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// Keeps the index in step with the content folder while the site runs: file events are collected until the
/// folder has been quiet for a moment (editors save in bursts), then only those files are re-indexed; a
/// periodic rescan compares sizes and write times as a safety net for events the OS dropped. A folder event
/// (a rename, a copy of many notes) is handled by that same comparison. Does nothing on a read-only replica.
/// </summary>
public sealed class ContentWatcher(
    NotesIndexHost host, LiveNoteUpdater updater, IOptions<NotesOptions> options, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    /// <summary>Stands for "compare the whole folder" in the queue of changed paths.</summary>
    private const string Rescan = "";

    // A burst that never goes quiet (a big copy) is still indexed at least this often.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private readonly Channel<string> changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private ContentSnapshot snapshot = ContentSnapshot.Empty;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (host.ReadOnly || host.Indexer is null)
            return;
        // Off the start-up path: the first snapshot lists the whole folder.
        await Task.Yield();
        using var watcher = StartWatching();
        snapshot = ContentSnapshot.Take(host.ContentPath);
        ApplyGuarded(snapshot.WrittenSince(host.SyncStartedUtc), rescan: false);

        var settings = options.Value;
        var quiet = TimeSpan.FromMilliseconds(Math.Max(0, settings.DebounceMilliseconds));
        var rescanEvery = TimeSpan.FromSeconds(Math.Max(1, settings.RescanSeconds));
        var nextRescan = DateTime.UtcNow + rescanEvery;
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = await NextBatchAsync(nextRescan - DateTime.UtcNow, quiet, stoppingToken);
            var rescan = batch.Remove(Rescan) || DateTime.UtcNow >= nextRescan;
            if (rescan)
                nextRescan = DateTime.UtcNow + rescanEvery;
            ApplyGuarded(batch, rescan);
        }
    }

    private void ApplyGuarded(IEnumerable<string> paths, bool rescan)
    {
        try
        {
            Apply(paths, rescan);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed live edit must not stop the host (a crashed BackgroundService does): the site keeps
            // serving the last commit, and the next rescan compares the whole folder again.
            logger.LogError(e, "Live edit failed; the next rescan retries");
        }
    }

    /// <summary>Waits for a first event (or the rescan time), then for the folder to go quiet.</summary>
    private async Task<HashSet<string>> NextBatchAsync(TimeSpan untilRescan, TimeSpan quiet, CancellationToken stoppingToken)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal);
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            wait.CancelAfter(untilRescan > TimeSpan.Zero ? untilRescan : TimeSpan.Zero);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return batch;
            }
        }
        var deadline = DateTime.UtcNow + MaxDelay;
        while (DateTime.UtcNow < deadline)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(quiet);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        while (changes.Reader.TryRead(out var more))
            batch.Add(more);
        return batch;
    }

    private void Apply(IEnumerable<string> paths, bool rescan)
    {
        try
        {
            var files = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (Path.GetFileName(path).Equals(Core.Notes.SiteInfo.FileName, StringComparison.OrdinalIgnoreCase))
                    host.ReloadSite();
                else if (IsNoteFile(path))
                    files.Add(path);
                else if (MayBeFolder(path))
                    rescan = true;
            }
            var now = rescan ? ContentSnapshot.Take(host.ContentPath) : null;
            if (now is not null)
                files.UnionWith(snapshot.ChangesTo(now));
            // A note still being read after a moment comes back as a file event of its own once it is read.
            var changed = files.Count == 0 ? 0 : updater.Apply(files, parsedLater: path => changes.Writer.TryWrite(path));
            if (changed > 0)
                logger.LogInformation("Live edit: {Changed} note(s) re-indexed", changed);
            // Only once the files are in the index: if that failed, the next rescan still sees them as changed.
            snapshot = now ?? snapshot.With(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file locked or vanishing mid-read: the next event or the periodic rescan tries again.
            logger.LogWarning(e, "Live edit failed; will retry on the next rescan");
        }
    }

    /// <summary>A note file by the scanner's rules: *.md, *.markdown or *.mdx, no part of its path hidden.</summary>
    private bool IsNoteFile(string fullPath)
    {
        if (!Core.Notes.ContentScanner.IsNoteFileName(Path.GetFileName(fullPath)) || Directory.Exists(fullPath))
            return false;
        var relative = Path.GetRelativePath(host.ContentPath, fullPath);
        return !relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }

    /// <summary>
    /// A folder, or a deleted path that may have been one (a folder moved away or removed with its notes):
    /// only the whole-folder comparison can tell what changed below it. Editor swap and temp files are not.
    /// </summary>
    private static bool MayBeFolder(string fullPath)
    {
        if (Path.GetFileName(fullPath).StartsWith('.'))
            return false;
        return Directory.Exists(fullPath) || (!File.Exists(fullPath) && !Path.HasExtension(fullPath));
    }

    private FileSystemWatcher? StartWatching()
    {
        if (!Directory.Exists(host.ContentPath))
        {
            logger.LogWarning("Content folder {ContentPath} does not exist: only rescans will notice it", host.ContentPath);
            return null;
        }
        try
        {
            var watcher = new FileSystemWatcher(host.ContentPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                changes.Writer.TryWrite(e.OldFullPath);
                changes.Writer.TryWrite(e.FullPath);
            };
            // The OS buffer overflowed: some events are lost, so compare the whole folder.
            watcher.Error += (_, _) => changes.Writer.TryWrite(Rescan);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or ArgumentException)
        {
            // E.g. the inotify watch limit: the periodic rescan still picks up every edit, only later.
            logger.LogWarning(e, "Cannot watch {ContentPath}: edits are picked up by the periodic rescan only", host.ContentPath);
            return null;
        }
    }
}
