using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// Owns the index for the site's lifetime: on start it brings the index up to date with the content folder
/// (building it when missing or stale) and opens the searcher. In read-only mode it opens no writer.
/// Singleton; <see cref="Searcher"/> is thread-safe.
/// </summary>
public sealed class NotesIndexHost : IDisposable
{
    private readonly ILogger<NotesIndexHost> logger;
    private readonly NoteIndexer? indexer;
    private readonly SearcherManager? writerSearchers;

    public NotesIndexHost(IOptions<NotesOptions> options, IHostEnvironment environment, ILogger<NotesIndexHost> logger)
    {
        this.logger = logger;
        var settings = options.Value;
        ContentPath = RepositoryPaths.Resolve(settings.ContentPath, environment.ContentRootPath);
        IndexPath = RepositoryPaths.Resolve(settings.IndexPath, environment.ContentRootPath);
        ReadOnly = settings.ReadOnly;
        if (ReadOnly)
        {
            Searcher = NoteSearcher.Open(IndexPath);
            return;
        }
        indexer = NoteIndexer.Open(IndexPath);
        var report = indexer.Sync(new ContentScanner(new NoteParserOptions()).Scan(ContentPath));
        foreach (var problem in report.Problems.Where(p => p.IsError))
            logger.LogWarning("{Problem}", problem.ToString());
        logger.LogInformation("Index {IndexPath} from {ContentPath}: {Report}", IndexPath, ContentPath, report);
        writerSearchers = indexer.CreateSearcherManager();
        Searcher = new NoteSearcher(writerSearchers);
    }

    public string ContentPath { get; }

    public string IndexPath { get; }

    public bool ReadOnly { get; }

    /// <summary>The searcher every request uses.</summary>
    public NoteSearcher Searcher { get; }

    /// <summary>The writer (null on a read-only replica). Only the content watcher writes.</summary>
    public NoteIndexer? Indexer => indexer;

    public void Dispose()
    {
        // Order matters: searchers before the writer they read from, the writer before its directory.
        Searcher.Dispose();
        writerSearchers?.Dispose();
        indexer?.Dispose();
        logger.LogDebug("Index {IndexPath} closed", IndexPath);
    }
}
