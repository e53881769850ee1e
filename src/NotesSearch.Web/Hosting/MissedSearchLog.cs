using Microsoft.Extensions.Options;
using NotesSearch.Core.Missed;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// The site's record of searches that found nothing (<c>Notes:RecordMissedSearches</c>, off by default), for the
/// author's <c>notes missed</c>; nothing of it is served. Written off the request path by a
/// <see cref="MissedSearchRecorder"/>. A read-only replica records too, into the file its own settings name: with the
/// writer's file on the same disk they share it safely (SQLite WAL and a busy timeout); never put it on a network share.
/// Singleton; thread-safe.
/// </summary>
public sealed class MissedSearchLog : IDisposable
{
    private readonly MissedSearchRecorder? recorder;

    public MissedSearchLog(IOptions<NotesOptions> options, NotesIndexHost host, IHostEnvironment environment, ILogger<MissedSearchLog> logger)
    {
        var settings = options.Value;
        if (!settings.RecordMissedSearches)
            return;
        var path = string.IsNullOrWhiteSpace(settings.MissedSearchesPath)
            ? MissedSearchStore.PathBeside(host.IndexPath)
            : RepositoryPaths.Resolve(settings.MissedSearchesPath, environment.ContentRootPath);
        Store = new MissedSearchStore(path);
        recorder = new MissedSearchRecorder(Store, onError: e =>
            logger.LogWarning("Could not record searches that found nothing in {Path}: {Reason}", path, e.Message));
        logger.LogInformation("Recording searches that found nothing in {Path}", path);
    }

    /// <summary>Where missed searches are counted; null when recording is off.</summary>
    public MissedSearchStore? Store { get; }

    /// <summary>Counts the search when it is a miss (<see cref="MissedSearchRecorder.IsMiss"/>) and recording is on; returns at once.</summary>
    public void Note(SearchRequest request, SearchResults results)
    {
        if (recorder is not null && MissedSearchRecorder.IsMiss(request, results))
            recorder.Record(request.Query);
    }

    public void Dispose() => recorder?.Dispose();
}
