using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// Owns the index for the site's lifetime: on start it brings the index up to date with the content folder
/// (building it when missing or stale) and opens the searcher. In read-only mode it opens no writer.
/// Singleton; <see cref="Searcher"/> and <see cref="Indexer"/> are thread-safe.
/// </summary>
public sealed class NotesIndexHost : IDisposable
{
    private readonly ILogger<NotesIndexHost> logger;
    private readonly NoteIndexer? indexer;
    private readonly SearcherManager? writerSearchers;
    private volatile SiteInfo site;
    private volatile string? refreshProblem;
    private int refreshFailures;
    private string? lastLogged;
    private int repairing;

    public NotesIndexHost(IOptions<NotesOptions> options, IHostEnvironment environment, ILogger<NotesIndexHost> logger)
    {
        this.logger = logger;
        var settings = options.Value;
        ContentPath = RepositoryPaths.Resolve(settings.ContentPath, environment.ContentRootPath);
        IndexPath = RepositoryPaths.Resolve(settings.IndexPath, environment.ContentRootPath);
        ReadOnly = settings.ReadOnly;
        compileSearchesFor = TimeSpan.FromSeconds(Math.Clamp(settings.CompileSearchesSeconds, 0, 60));
        site = LoadSite();
        // The conventions (date keys, slugs, sections) are read once: a change to them means a reindex.
        ParserOptions = NoteParserOptions.Default with
        {
            Conventions = site.Conventions,
            RenderBudget = TimeSpan.FromSeconds(Math.Max(0.1, settings.RenderBudgetSeconds)),
        };
        var searchOptions = SearchOptionsFor(ContentPath) with { TimeZone = settings.ResolveTimeZone() };
        if (ReadOnly)
        {
            // A replica repairs nothing (it has no writer): without a readable index it answers 503 and says why
            // until its writer builds one, which the IndexFollower then opens.
            Searcher = NoteSearcher.OpenOrWait(IndexPath, searchOptions);
            if (Searcher.Unavailable is { } why)
            {
                // Through LogOnce: the searches that then answer 503 for this same reason add no line of their own.
                LogOnce(why, () => logger.LogError("Serving {IndexPath} read-only, but there is nothing to serve yet: {Why}. Searches answer 503 until it can be read",
                    IndexPath, why));
                return;
            }
            logger.LogInformation("Serving {IndexPath} read-only", IndexPath);
            WarmUpInBackground();
            return;
        }
        // Files edited from here on are newer than this: the watcher re-reads them, so none is missed
        // between this scan and the moment it starts watching.
        SyncStartedUtc = DateTime.UtcNow;
        indexer = NoteIndexer.Open(IndexPath, role: IndexWriterOwner.SiteRole);
        if (indexer.Damage is { } damage)
            logger.LogWarning("{Damage}", damage.ToString());
        var report = indexer.Sync(new ContentScanner(ParserOptions).Scan(ContentPath));
        LogProblems(report.Problems.Where(p => p.IsError), LogLevel.Warning, "bad");
        // Skips (section pages, includes, redirect stubs, drafts) are deliberate, but an author still wants to see
        // which files the site left out and why, as `notes index` prints them.
        LogProblems(report.Problems.Where(p => !p.IsError), LogLevel.Information, "skipped");
        logger.LogInformation("Index {IndexPath} from {ContentPath}: {Report}", IndexPath, ContentPath, report);
        writerSearchers = indexer.CreateSearcherManager();
        Searcher = new NoteSearcher(writerSearchers, searchOptions);
        WarmUpInBackground();
    }

    /// <summary>At most this many lines per kind (bad notes, skips) from the start-up sync: a big archive's log stays readable.</summary>
    internal const int MaxProblemLines = 50;

    /// <summary>One line per problem (<c>path:line: message</c>), the first <see cref="MaxProblemLines"/> of them, then how many more there were.</summary>
    private void LogProblems(IEnumerable<NoteProblem> problems, LogLevel level, string kind)
    {
        var count = 0;
        foreach (var problem in problems)
        {
            if (++count <= MaxProblemLines)
                logger.Log(level, "{Problem}", problem.ToString());
        }
        if (count > MaxProblemLines)
            logger.Log(level, "... and {More} more {Kind} (not logged)", count - MaxProblemLines, kind);
    }

    /// <summary>
    /// Warms the searcher on another core while the web host finishes starting, so the first reader's search is
    /// not the one that loads the index and compiles the search code, nor the one that builds the JSON contracts
    /// of a search's request and answer. A failure here only costs that speed-up.
    /// </summary>
    /// <remarks>Then it keeps searching for up to <see cref="NotesOptions.CompileSearchesSeconds"/>, so the first minute's readers get
    /// optimised search code (see <see cref="NoteSearcher.WarmUp"/>).</remarks>
    private void WarmUpInBackground() => Task.Run(() =>
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var listing = Searcher.WarmUp();
            JsonSerializer.SerializeToUtf8Bytes(new SearchRequest(), NotesJson.Options);
            JsonSerializer.SerializeToUtf8Bytes(listing, NotesJson.Options);
            logger.LogInformation("Searcher warmed up in {Milliseconds} ms", clock.ElapsedMilliseconds);
            // Then, on this one background thread, every shape of search until the search code runs optimised.
            clock.Restart();
            if (compileSearchesFor <= TimeSpan.Zero)
                return;
            Searcher.WarmUp(compileSearchesFor);
            logger.LogInformation("Search code compiled in {Milliseconds} ms", clock.ElapsedMilliseconds);
        }
        catch (IndexUnavailableException e)
        {
            ReportUnavailable(e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Warming the searcher up failed; the first searches will be slower");
        }
    });

    /// <summary>How long the background warm-up keeps searching to get the search code compiled optimised.</summary>
    private readonly TimeSpan compileSearchesFor;

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

    /// <summary>
    /// The writer (null on a read-only replica). The content watcher writes through it; a rebuild of a damaged index
    /// (<see cref="ReportUnavailable"/>) may run beside, as NoteIndexer's methods take turns.
    /// </summary>
    public NoteIndexer? Indexer => indexer;

    /// <summary>
    /// Why this site cannot answer searches right now, for <c>/healthz</c>: no readable index (a replica before its
    /// writer built one), a damaged segment a search ran into, or a newer commit a replica cannot read (it keeps
    /// serving the previous one). Null when healthy.
    /// </summary>
    public string? Problem()
    {
        if (Searcher.Unavailable is { } unavailable)
            return unavailable;
        if (refreshProblem is { } stale)
            return stale;
        try
        {
            return Searcher.KnownDamage();
        }
        catch (IndexUnavailableException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// A request could not be answered for want of a readable index (it answers 503): logged once per distinct
    /// reason, not once per request. On the writing site, a damaged segment is also rebuilt from the notes, in the
    /// background (see <see cref="Repair"/>).
    /// </summary>
    public void ReportUnavailable(IndexUnavailableException e)
    {
        LogOnce(e.Message, () => logger.LogError(e, "Answering 503 until the index is rebuilt: {Reason}", e.Message));
        if (indexer is not null && Interlocked.CompareExchange(ref repairing, 1, 0) == 0)
            Task.Run(() => Repair(e.Message));
    }

    /// <summary>
    /// The writing site's answer to a damaged segment found while it runs: the index files are copied aside (the
    /// writer has them open) and the index is rebuilt in place from the notes; live edits wait meanwhile.
    /// </summary>
    private void Repair(string reason)
    {
        try
        {
            var damage = indexer!.RebuildDamaged(reason, new ContentScanner(ParserOptions).Scan(ContentPath));
            // Said before the repaired index is served, so whoever sees it healthy again can read why it was not.
            logger.LogWarning("{Damage}", damage.ToString());
            Searcher.Refresh();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Rebuilding the damaged index {IndexPath} failed; restarting the site rebuilds it", IndexPath);
        }
        finally
        {
            Volatile.Write(ref repairing, 0);
        }
    }

    /// <summary>The replica's last look for a new commit worked (it may have found none).</summary>
    public void RefreshSucceeded()
    {
        if (refreshProblem is not null)
            logger.LogInformation("{IndexPath} can be read again", IndexPath);
        refreshProblem = null;
        refreshFailures = 0;
    }

    /// <summary>
    /// The replica could not read the newest commit; the searcher keeps serving the one it has. A single failure
    /// may be a commit caught half-written; a second one in a row is reported (log once, <see cref="Problem"/>).
    /// </summary>
    public void RefreshFailed(Exception e)
    {
        if (++refreshFailures < 2)
        {
            logger.LogDebug(e, "Refresh of {IndexPath} failed; retrying", IndexPath);
            return;
        }
        var reason = $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
        refreshProblem = Searcher.Unavailable ?? $"the newest commit of {IndexPath} cannot be read ({reason}); still serving the last readable one";
        LogOnce(refreshProblem, () => logger.LogError("{Problem}", refreshProblem));
    }

    private void LogOnce(string reason, Action log)
    {
        if (Interlocked.Exchange(ref lastLogged, reason) != reason)
            log();
    }

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
