using Lucene.Net.Index;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// Applies a few changed files to the index one by one (read, parse, upsert or delete) and publishes them in
/// one commit, so a live edit costs the same on a 100k-note archive as on a 30-note one. Follows the same
/// rules as a full rebuild, whatever order the file events came in: a file that no longer parses keeps its indexed
/// version, drafts are left out, and when two files claim one slug the first by path keeps it (as the scanner
/// reads them) and the other is reported with both paths. The files of a batch are parsed at once, on the thread
/// pool, each within the parser's render budget; a file still parsing after <see cref="QuickWait"/> (a hostile note
/// running out its budget) is left for a later batch, so it never holds up the notes saved with it or after it.
/// Not thread-safe: only the content watcher's loop calls it.
/// </summary>
public sealed class LiveNoteUpdater(NotesIndexHost host, ILogger<LiveNoteUpdater> logger)
{
    private static readonly HashSet<string> IdentityFields = [NoteFields.Path, NoteFields.Hash, NoteFields.Slug];

    private readonly NoteParser parser = new(host.ParserOptions);

    // Files that lost a slug to another file here, by path: the slug they claim. When that slug is let go (its
    // note deleted, renamed or made a draft) they are read again, so the next one in path order takes it, as a
    // rebuild would give it. Bounded by the number of files.
    private readonly Dictionary<string, string> losers = new(StringComparer.Ordinal);

    // Parses started and not yet applied, by path, with the file's length and write time when they started: a file
    // that still parses after QuickWait is applied by a later batch, from this same parse if the file is unchanged.
    // Bounded by the number of files; each parse by the render budget.
    private readonly Dictionary<string, Parse> parses = new(StringComparer.Ordinal);

    /// <summary>Batches of up to this many files parse each on a thread of its own.</summary>
    private const int MaxOwnThreads = 16;

    /// <summary>How long a batch waits for its files' parses before it goes on without the slow ones.</summary>
    public static TimeSpan QuickWait { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Re-reads each full path under the content folder and commits; returns how many notes changed. A file whose
    /// parse takes longer than <see cref="QuickWait"/> is left out and handed to <paramref name="parsedLater"/> (its
    /// full path) once its parse ends, to be applied again; without it, the batch waits for every parse.
    /// </summary>
    public int Apply(IEnumerable<string> fullPaths, Action<string>? parsedLater = null)
    {
        var indexer = host.Indexer ?? throw new InvalidOperationException("A read-only site has no writer.");
        var batch = new Batch();
        foreach (var fullPath in fullPaths.Distinct(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(host.ContentPath, fullPath).Replace('\\', '/');
            if (!relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                batch.Pending.Add(relative);
        }
        StartParses(batch, parsedLater);
        batch.Paths.UnionWith(batch.Pending);
        var changed = 0;
        // In path order, as a rebuild reads them, so the same file wins a contested slug however the events arrived.
        while (batch.Pending.Min is { } relative)
        {
            batch.Pending.Remove(relative);
            if (ApplyOne(indexer, relative, batch))
                changed++;
        }
        if (changed > 0)
        {
            indexer.Commit();
            host.Searcher.Refresh();
        }
        return changed;
    }

    private bool ApplyOne(NoteIndexer indexer, string relative, Batch batch)
    {
        losers.Remove(relative);
        var fullPath = Path.Combine(host.ContentPath, relative);
        var indexed = Indexed(NoteFields.Path, relative);
        if (!File.Exists(fullPath))
        {
            parses.Remove(relative);
            if (indexed is null)
                return false;
            indexer.DeleteByPath(relative);
            Released(indexed.Value.Slug, batch);
            logger.LogInformation("Removed {Path}", relative);
            return true;
        }
        var file = Parsed(relative, fullPath);
        foreach (var warning in file.Warnings)
            logger.LogWarning("{Problem}", warning.ToString());
        if (file.Note is not { } note)
        {
            // Nothing lost: the last good version stays searchable until the file parses again.
            if (file.Problem is { } problem)
                logger.LogWarning("{Problem}", problem.ToString());
            return false;
        }
        if (note.Draft && !parser.Options.IncludeDrafts)
        {
            if (indexed is null)
                return false;
            indexer.DeleteByPath(relative);
            Released(indexed.Value.Slug, batch);
            logger.LogInformation("Removed {Path}: now a draft", relative);
            return true;
        }
        if (!TakesSlug(relative, note.Slug, batch))
            return false;
        batch.Claims[note.Slug] = relative;
        if (indexed is { } current && current.Hash == note.Hash)
            return false;
        // The path's old document goes first: an edit may have changed the slug.
        indexer.DeleteByPath(relative);
        indexer.Upsert(note);
        if (indexed is { } previous && !string.Equals(previous.Slug, note.Slug, StringComparison.OrdinalIgnoreCase))
            Released(previous.Slug, batch);
        logger.LogInformation("Indexed {Path} as {Slug}", relative, note.Slug);
        return true;
    }

    /// <summary>
    /// Starts (or finds) the parse of every pending file that exists and waits up to <see cref="QuickWait"/> for them
    /// all; the files still parsing then leave this batch and come back through <paramref name="parsedLater"/>.
    /// </summary>
    private void StartParses(Batch batch, Action<string>? parsedLater)
    {
        var started = new List<(string Relative, Task<NoteFile> Task)>();
        // A few files (an author's save) each get a thread of their own: hostile notes busy on the thread pool's
        // few threads would otherwise keep an ordinary note from starting. A big batch (a copied folder) shares the pool.
        var ownThreads = batch.Pending.Count <= MaxOwnThreads;
        foreach (var relative in batch.Pending)
        {
            if (ParseOf(relative, ownThreads) is { } task)
                started.Add((relative, task));
        }
        if (parsedLater is null)
        {
            Task.WaitAll([.. started.Select(s => s.Task)]);
            return;
        }
        Task.WaitAll([.. started.Select(s => s.Task)], QuickWait);
        foreach (var (relative, task) in started.Where(s => !s.Task.IsCompleted))
        {
            batch.Pending.Remove(relative);
            var fullPath = Path.Combine(host.ContentPath, relative);
            logger.LogInformation("{Path} is still being read; the other notes go on without it", relative);
            task.ContinueWith(_ => parsedLater(fullPath), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>The parse of the file as it is now: the one already started if the file has not changed since; null when it is gone.</summary>
    private Task<NoteFile>? ParseOf(string relative, bool ownThread)
    {
        var fullPath = Path.Combine(host.ContentPath, relative);
        var info = new FileInfo(fullPath);
        if (!info.Exists)
            return null;
        if (parses.TryGetValue(relative, out var parse) && parse.Length == info.Length && parse.WrittenUtc == info.LastWriteTimeUtc)
            return parse.Task;
        var task = Task.Factory.StartNew(() => parser.ReadFile(host.ContentPath, fullPath), CancellationToken.None,
            ownThread ? TaskCreationOptions.LongRunning : TaskCreationOptions.None, TaskScheduler.Default);
        parses[relative] = new Parse(task, info.Length, info.LastWriteTimeUtc);
        return task;
    }

    /// <summary>The file's parse: the finished one this batch started, else read now (a slug's loser read again).</summary>
    private NoteFile Parsed(string relative, string fullPath)
    {
        if (parses.Remove(relative, out var parse) && parse.Task.IsCompleted)
            return parse.Task.Result;
        return parser.ReadFile(host.ContentPath, fullPath);
    }

    /// <summary>
    /// Whether the file at <paramref name="relative"/> gets <paramref name="slug"/>, by the rebuild's rule: of the
    /// files that claim a slug, the first by ordinal path. The loser is logged with both paths and remembered.
    /// </summary>
    private bool TakesSlug(string relative, string slug, Batch batch)
    {
        // A file earlier in this batch took it: it is earlier by path too.
        if (batch.Claims.TryGetValue(slug, out var earlier))
            return Loses(relative, slug, earlier);
        if (Indexed(NoteFields.Slug, slug) is not { } owner || owner.Path == relative)
            return true;
        // An owner read in this batch and not in Claims let the slug go; one still to come is later by path.
        if (batch.Paths.Contains(owner.Path) || !StillClaims(owner.Path, slug))
            return true;
        if (string.CompareOrdinal(owner.Path, relative) < 0)
            return Loses(relative, slug, owner.Path);
        // This file comes first: it takes the slug (its upsert replaces the owner's document), and the owner loses.
        Loses(owner.Path, slug, relative);
        return true;
    }

    private bool Loses(string loser, string slug, string winner)
    {
        logger.LogWarning("{Path}:1: duplicate slug '{Slug}': also used by {Other}", loser, slug, winner);
        losers[loser] = slug;
        return false;
    }

    /// <summary>True when the file at <paramref name="relative"/> still parses to a note with <paramref name="slug"/>.</summary>
    private bool StillClaims(string relative, string slug)
    {
        var fullPath = Path.Combine(host.ContentPath, relative);
        return File.Exists(fullPath)
            && parser.ReadFile(host.ContentPath, fullPath).Note is { } note
            && (!note.Draft || parser.Options.IncludeDrafts)
            && note.Slug == slug;
    }

    /// <summary>A slug was let go: the files that lost it are read again in this batch, the first by path takes it.</summary>
    private void Released(string slug, Batch batch)
    {
        foreach (var (path, lost) in losers)
        {
            if (string.Equals(lost, slug, StringComparison.OrdinalIgnoreCase) && batch.Paths.Add(path))
                batch.Pending.Add(path);
        }
    }

    /// <summary>The committed note whose untokenized <paramref name="field"/> is <paramref name="value"/>.</summary>
    private (string Path, string Hash, string Slug)? Indexed(string field, string value) => host.Searcher.Use(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(field, value)), 1);
        if (top.TotalHits == 0)
            return ((string, string, string)?)null;
        var doc = searcher.Doc(top.ScoreDocs[0].Doc, IdentityFields);
        return (doc.Get(NoteFields.Path), doc.Get(NoteFields.Hash), doc.Get(NoteFields.Slug));
    });

    private sealed record Parse(Task<NoteFile> Task, long Length, DateTime WrittenUtc);

    /// <summary>One Apply's state: the paths to read, in order, and which file took each slug so far.</summary>
    private sealed class Batch
    {
        /// <summary>Paths still to read, in ordinal order.</summary>
        public SortedSet<string> Pending { get; } = new(StringComparer.Ordinal);

        /// <summary>Every path this batch reads (pending or done): each is read once.</summary>
        public HashSet<string> Paths { get; } = new(StringComparer.Ordinal);

        /// <summary>Slug → the file that took it in this batch (its upsert is not committed yet, so not searchable).</summary>
        public Dictionary<string, string> Claims { get; } = new(StringComparer.Ordinal);
    }
}
