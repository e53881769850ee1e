using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// Owns the index for the site's lifetime: on start it brings the index up to date with the content folder
/// (building it when missing or stale) and opens the searcher. In read-only mode it opens no writer.
/// Singleton; <see cref="Searcher"/> is thread-safe; <see cref="Indexer"/> is used by the content watcher alone.
/// </summary>
public sealed class NotesIndexHost : IDisposable
{
    private readonly ILogger<NotesIndexHost> logger;
    private readonly NoteIndexer? indexer;
    private readonly SearcherManager? writerSearchers;
    private volatile SiteInfo site;

    public NotesIndexHost(IOptions<NotesOptions> options, IHostEnvironment environment, ILogger<NotesIndexHost> logger)
    {
        this.logger = logger;
        var settings = options.Value;
        ContentPath = RepositoryPaths.Resolve(settings.ContentPath, environment.ContentRootPath);
        IndexPath = RepositoryPaths.Resolve(settings.IndexPath, environment.ContentRootPath);
        ReadOnly = settings.ReadOnly;
        site = LoadSite();
        // Sections follow site.yml as it is at start-up; a change to them takes effect at the next start.
        ParserOptions = NoteParserOptions.Default with { Sections = site.Sections };
        var searchOptions = SearchOptionsFor(ContentPath);
        if (ReadOnly)
        {
            try
            {
                Searcher = NoteSearcher.Open(IndexPath, searchOptions);
            }
            catch (IndexNotFoundException e)
            {
                throw new InvalidOperationException(
                    $"Notes:ReadOnly is set but {IndexPath} holds no index: build it first (notes index --index {IndexPath}).", e);
            }
            logger.LogInformation("Serving {IndexPath} read-only", IndexPath);
            WarmUpInBackground();
            return;
        }
        // Files edited from here on are newer than this: the watcher re-reads them, so none is missed
        // between this scan and the moment it starts watching.
        SyncStartedUtc = DateTime.UtcNow;
        indexer = NoteIndexer.Open(IndexPath);
        var report = indexer.Sync(new ContentScanner(ParserOptions).Scan(ContentPath));
        foreach (var problem in report.Problems.Where(p => p.IsError))
            logger.LogWarning("{Problem}", problem.ToString());
        logger.LogInformation("Index {IndexPath} from {ContentPath}: {Report}", IndexPath, ContentPath, report);
        writerSearchers = indexer.CreateSearcherManager();
        Searcher = new NoteSearcher(writerSearchers, searchOptions);
        WarmUpInBackground();
    }

    /// <summary>
    /// Warms the searcher on another core while the web host finishes starting, so the first reader's search is
    /// not the one that loads the index and compiles the search code, nor the one that builds the JSON contracts
    /// of a search's request and answer. A failure here only costs that speed-up.
    /// </summary>
    private void WarmUpInBackground() => Task.Run(() =>
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var listing = Searcher.WarmUp();
            JsonSerializer.SerializeToUtf8Bytes(new SearchRequest(), NotesJson.Options);
            JsonSerializer.SerializeToUtf8Bytes(listing, NotesJson.Options);
            logger.LogInformation("Searcher warmed up in {Milliseconds} ms", clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Warming the searcher up failed; the first searches will be slower");
        }
    });

    public string ContentPath { get; }

    /// <summary>Search settings: the content folder's synonyms.txt when there is one (a replica may ship it without notes).</summary>
    private static SearchOptions SearchOptionsFor(string contentPath)
    {
        var synonyms = Path.Combine(contentPath, "synonyms.txt");
        return File.Exists(synonyms) ? SearchOptions.WithSynonymsFile(synonyms) : SearchOptions.Default;
    }

    public string IndexPath { get; }

    public bool ReadOnly { get; }

    /// <summary>How notes are read, the same for the first sync and for live edits.</summary>
    public NoteParserOptions ParserOptions { get; }

    /// <summary>When the start-up sync began reading the content folder (UTC).</summary>
    public DateTime SyncStartedUtc { get; }

    /// <summary>The site's title and intro from <c>site.yml</c>; reloaded when the file changes.</summary>
    public SiteInfo Site => site;

    /// <summary>The searcher every request uses.</summary>
    public NoteSearcher Searcher { get; }

    /// <summary>The writer (null on a read-only replica). Only the content watcher writes.</summary>
    public NoteIndexer? Indexer => indexer;

    /// <summary>Reads <c>site.yml</c> again (the watcher calls this when it changes).</summary>
    public void ReloadSite() => site = LoadSite();

    private SiteInfo LoadSite()
    {
        var loaded = SiteInfo.Load(ContentPath);
        if (loaded.Problem is { } problem)
            logger.LogWarning("{Problem}", problem);
        return loaded;
    }

    public void Dispose()
    {
        // Order matters: searchers before the writer they read from, the writer before its directory.
        Searcher.Dispose();
        writerSearchers?.Dispose();
        indexer?.Dispose();
        logger.LogDebug("Index {IndexPath} closed", IndexPath);
    }
}
