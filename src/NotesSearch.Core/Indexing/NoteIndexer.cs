using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NotesSearch.Core.Notes;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The one writer of an index folder. <see cref="Sync"/> brings the index in line with the notes
/// in a single atomic commit: unchanged notes (same hash) are not rewritten, removed notes are
/// deleted, and a reader sees the previous commit or the new one, never half.
/// Its methods take turns (a rebuild of a damaged index may run beside the site's live edits). Across processes, one
/// writer per folder is guaranteed by an OS lock (<see cref="IndexWriterLock"/>) taken before any file is touched.
/// </summary>
public sealed class NoteIndexer : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly bool ownsDirectory;
    private readonly IndexWriter writer;
    private readonly IndexWriterLock? writerLock;
    private readonly string? indexPath;
    private readonly string displayPath;
    private readonly object gate = new();
    private bool needsCommit;

    // True until the first Sync of a new (or format-changed) index: that run starts from nothing.
    private bool rebuildPending;

    private NoteIndexer(LuceneDirectory directory, bool ownsDirectory, string displayPath, double ramBufferMb,
        IndexWriterLock? writerLock = null)
    {
        this.directory = directory;
        this.writerLock = writerLock;
        this.displayPath = displayPath;
        if (writerLock is not null)
            indexPath = displayPath;
        this.ownsDirectory = ownsDirectory;
        var existing = ReadFormat(directory);
        // A missing index, or one written by another schema version, is built again from scratch;
        // OpenMode.CREATE keeps the old commit readable until the new one lands.
        Rebuilt = existing != NoteFields.FormatVersion;
        needsCommit = rebuildPending = Rebuilt;
        var config = new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing())
        {
            OpenMode = Rebuilt ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMb,
            MergePolicy = new LiveEditMergePolicy(),
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            if (ownsDirectory)
                directory.Dispose();
            throw new IndexLockedException(displayPath, null, e);
        }
    }

    /// <summary>
    /// The in-memory buffer of a full rebuild, in MB. Fewer, larger flushed segments mean fewer merges and faster queries
    /// afterwards. At 100k notes 256 MB gave 3 segments instead of 10-15 (with 64 MB on two writer threads), about 10%
    /// less CPU and half the allocations per query; 512 MB changes nothing there (2 segments, ~500 MB peak resident)
    /// but builds 1M notes in 477 s instead of 510 s, with a peak of 2.1 GB resident instead of 3.8 GB (less merging).
    /// </summary>
    public const double RebuildRamBufferMb = 512;

    /// <summary>True when this writer started a new index (none existed, or its format version differed).</summary>
    public bool Rebuilt { get; }

    /// <summary>
    /// What this writer found damaged when it opened the folder (moved aside; the first <see cref="Sync"/> rebuilds
    /// from the notes), or null when the index was readable or absent.
    /// </summary>
    public IndexDamage? Damage { get; private init; }

    /// <summary>
    /// Opens (creating if needed) the index folder for writing, as <paramref name="role"/> (who the loser of a race
    /// is told holds the folder). An index that cannot be read (see <see cref="IndexIntegrity.Check"/>) is moved aside
    /// and <see cref="Damage"/> says so: the first <see cref="Sync"/> builds a new one.
    /// </summary>
    /// <exception cref="IndexLockedException">Another process (or writer) is writing the folder; nothing was changed.</exception>
    public static NoteIndexer Open(string indexPath, double ramBufferMb = 64, string role = IndexWriterOwner.IndexCommandRole)
    {
        var writerLock = IndexWriterLock.Acquire(indexPath, role);
        try
        {
            IndexDamage? damage = null;
            using (var check = FSDirectory.Open(indexPath))
            {
                if (IndexIntegrity.Check(check) is { } reason)
                    damage = new IndexDamage(indexPath, reason, IndexIntegrity.MoveAside(indexPath));
            }
            return new NoteIndexer(FSDirectory.Open(indexPath), ownsDirectory: true, indexPath, ramBufferMb, writerLock)
            {
                Damage = damage,
            };
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens a writer on a directory the caller owns (tests use a RAMDirectory).</summary>
    public static NoteIndexer Open(LuceneDirectory directory) => new(directory, ownsDirectory: false, directory.ToString()!, 16);

    /// <summary>A searcher manager that sees this writer's changes after each <see cref="Commit"/> and refresh.</summary>
    public SearcherManager CreateSearcherManager() => new(writer, applyAllDeletes: true, new NoteSearcherFactory());

    /// <summary>
    /// Indexes every note of <paramref name="files"/>, skips unchanged ones, deletes notes whose files are gone,
    /// and commits once. A file that fails to parse keeps its previously indexed version: nothing is lost.
    /// Cancelling rolls back to the previous commit and closes this writer.
    /// </summary>
    public IndexReport Sync(IEnumerable<NoteFile> files, bool full = false, Action<IndexProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        lock (gate)
            return SyncLocked(files, full, progress, cancellation);
    }

    /// <summary>
    /// Rebuilds the index from <paramref name="files"/> while it is open (a search ran into a damaged segment, see
    /// <see cref="IndexIntegrity.Diagnose"/>): copies the folder's files aside for inspection, then a full
    /// <see cref="Sync"/> replaces every segment. Safe beside live edits (they wait for it).
    /// </summary>
    public IndexDamage RebuildDamaged(string reason, IEnumerable<NoteFile> files)
    {
        lock (gate)
        {
            var copy = indexPath is null ? "(not kept: an in-memory index)" : IndexIntegrity.CopyAside(indexPath);
            SyncLocked(files, full: true, progress: null, CancellationToken.None);
            return new IndexDamage(displayPath, reason, copy, Copied: true);
        }
    }

    private IndexReport SyncLocked(IEnumerable<NoteFile> files, bool full, Action<IndexProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var rebuilding = full || rebuildPending;
        var existing = rebuilding ? [] : ReadHashes();
        // A rebuild writes every note: a larger in-memory buffer flushes fewer, larger segments, which costs less
        // CPU (fewer flushes and merges) and leaves an index that answers faster (per-segment work in every query).
        // Live edits and incremental runs keep the smaller buffer. Nor are a rebuild's big segments packed into one
        // compound file each: that copies every byte once more, and only spares file handles for small segments.
        var (ramBuffer, compoundFiles) = (writer.Config.RAMBufferSizeMB, writer.Config.UseCompoundFile);
        if (rebuilding)
        {
            writer.Config.RAMBufferSizeMB = Math.Max(ramBuffer, RebuildRamBufferMb);
            writer.Config.UseCompoundFile = false;
        }
        if (full && !rebuildPending)
            writer.DeleteAll();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var brokenPaths = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<NoteProblem>();
        int indexed = 0, unchanged = 0, skipped = 0, count = 0;
        // Documents are analysed and written on every core; this thread keeps the bookkeeping in order.
        var documents = new DocumentWriters(writer, Environment.ProcessorCount);
        try
        {
            foreach (var file in files)
            {
                if (cancellation.IsCancellationRequested)
                {
                    documents.Dispose();
                    writer.Rollback();
                    cancellation.ThrowIfCancellationRequested();
                }
                count++;
                if (file.Note is { } note)
                {
                    problems.AddRange(file.Warnings);
                    var firstOfSlug = seen.Add(note.Slug);
                    if (existing.TryGetValue(note.Slug, out var old) && old.Hash == note.Hash)
                    {
                        unchanged++;
                    }
                    else
                    {
                        documents.Add(note, replace: !(rebuilding && firstOfSlug));
                        indexed++;
                    }
                }
                else if (file.Problem is { } problem)
                {
                    problems.Add(problem);
                    if (problem.IsError)
                        brokenPaths.Add(file.Path);
                    else
                        skipped++;
                }
                progress?.Invoke(new IndexProgress(count, indexed));
            }
            documents.Complete();
            // A note the writer refused is a bad note: said, not counted, and its previous version (if any) stays.
            foreach (var (note, reason) in documents.Refused)
            {
                problems.Add(new NoteProblem(note.Path, 1, $"could not be indexed: {reason}"));
                brokenPaths.Add(note.Path);
                indexed--;
            }
        }
        finally
        {
            documents.Dispose();
        }

        var removed = 0;
        foreach (var (slug, old) in existing)
        {
            if (seen.Contains(slug) || brokenPaths.Contains(old.Path))
                continue;
            writer.DeleteDocuments(NoteDocuments.KeyOf(slug));
            removed++;
        }
        if (indexed + removed > 0 || rebuilding)
            needsCommit = true;
        CommitLocked();
        (writer.Config.RAMBufferSizeMB, writer.Config.UseCompoundFile) = (ramBuffer, compoundFiles);
        rebuildPending = false;
        return new IndexReport(indexed, unchanged, removed, skipped, problems, clock.Elapsed, rebuilding);
    }

    /// <summary>Adds or replaces one note (live edits). Call <see cref="Commit"/> to publish.</summary>
    public void Upsert(Note note)
    {
        lock (gate)
        {
            writer.UpdateDocument(NoteDocuments.KeyOf(note.Slug), NoteDocuments.ToDocument(note));
            needsCommit = true;
        }
    }

    /// <summary>Removes the note that came from <paramref name="path"/> (live edits). Call <see cref="Commit"/> to publish.</summary>
    public void DeleteByPath(string path)
    {
        lock (gate)
        {
            writer.DeleteDocuments(new Term(NoteFields.Path, path));
            needsCommit = true;
        }
    }

    /// <summary>Publishes pending changes in one atomic commit, stamped with the format version and time.</summary>
    public void Commit()
    {
        lock (gate)
            CommitLocked();
    }

    private void CommitLocked()
    {
        if (!needsCommit)
            return;
        writer.SetCommitData(new Dictionary<string, string>
        {
            [NoteFields.FormatKey] = NoteFields.FormatVersion,
            [NoteFields.IndexedAtKey] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
        });
        writer.Commit();
        needsCommit = false;
    }

    /// <summary>The format version of the last commit in <paramref name="directory"/>, or null when there is none.</summary>
    public static string? ReadFormat(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
            return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(NoteFields.FormatKey, out var format) ? format : null;
    }

    private Dictionary<string, (string Hash, string Path)> ReadHashes()
    {
        var hashes = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
            return hashes;
        using var reader = DirectoryReader.Open(directory);
        var fields = new HashSet<string> { NoteFields.Slug, NoteFields.Hash, NoteFields.Path };
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                var stored = leaf.AtomicReader.Document(doc, fields);
                hashes[stored.Get(NoteFields.Slug)] = (stored.Get(NoteFields.Hash), stored.Get(NoteFields.Path));
            }
        }
        return hashes;
    }

    public void Dispose()
    {
        writer.Dispose();
        if (ownsDirectory)
            directory.Dispose();
        // Last: no other writer may start before every file of this one is closed.
        writerLock?.Dispose();
    }
}
