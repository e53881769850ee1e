using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Tells a damaged index from a healthy one by Lucene's own checks: opening the last commit (segments_N and every
/// segment's .si) and the checksum every index file ends with. Moves a damaged index aside for inspection, keeping
/// the newest <see cref="KeptDamagedCopies"/> copies. The index can always be rebuilt from the notes.
/// </summary>
public static class IndexIntegrity
{
    /// <summary>How many moved-aside damaged indexes are kept in the index folder (older ones are deleted).</summary>
    public const int KeptDamagedCopies = 2;

    /// <summary>Damaged indexes are moved to a subfolder of the index folder named with this prefix and the UTC time.</summary>
    public const string DamagedFolderPrefix = ".damaged-";

    // Per segment core (shared by every reader of that segment, across refreshes): null when its checksums held,
    // else why not. Checked once per segment, so a query that keeps failing for another reason costs one check.
    private static readonly ConditionalWeakTable<object, StrongBox<string?>> SegmentChecks = [];

    /// <summary>
    /// Null when <paramref name="directory"/> holds no index or a readable one; otherwise one line saying why it cannot
    /// be read. Reads every file of the last commit once (its checksum): about a second per GB.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be read at all (not damage: nothing is moved).</exception>
    public static string? Check(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
            return null;
        try
        {
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves)
                leaf.AtomicReader.CheckIntegrity();
            return null;
        }
        catch (Exception e) when (IsDamageSymptom(e))
        {
            return Describe(e);
        }
    }

    /// <summary>
    /// After a search failed with <paramref name="failure"/>: the damage of the segments <paramref name="reader"/> reads,
    /// or null when their checksums hold (then the failure has another cause and is not the index's fault).
    /// </summary>
    public static string? Diagnose(IndexReader reader, Exception failure)
    {
        if (!IsReadSymptom(failure))
            return null;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var check = SegmentChecks.GetValue(atomic.CoreCacheKey, _ => new StrongBox<string?>(CheckSegment(atomic)));
            if (check.Value is { } damage)
                return damage;
        }
        return null;
    }

    /// <summary>The damage already found (by <see cref="Diagnose"/>) in a segment <paramref name="reader"/> reads, without reading anything.</summary>
    public static string? KnownDamage(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (SegmentChecks.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var check) && check.Value is { } damage)
                return damage;
        }
        return null;
    }

    private static string? CheckSegment(AtomicReader segment)
    {
        try
        {
            segment.CheckIntegrity();
            return null;
        }
        catch (Exception e) when (IsDamageSymptom(e))
        {
            return $"{segment}: {Describe(e)}";
        }
    }

    /// <summary>
    /// Moves every file of <paramref name="indexPath"/> but the writer's lock and owner files into a new
    /// <c>.damaged-&lt;UTC time&gt;</c> subfolder, deletes all but the newest <see cref="KeptDamagedCopies"/> such
    /// subfolders, and returns the new subfolder's path. The caller holds the writer lock.
    /// </summary>
    public static string MoveAside(string indexPath) => SetAside(indexPath, File.Move);

    /// <summary>
    /// Like <see cref="MoveAside"/>, but copies the files: for an index its writer still has open (it rebuilds in
    /// place). A file the writer deletes meanwhile is left out.
    /// </summary>
    public static string CopyAside(string indexPath) => SetAside(indexPath, (from, to) =>
    {
        try
        {
            File.Copy(from, to);
        }
        catch (FileNotFoundException)
        {
        }
    });

    private static string SetAside(string indexPath, Action<string, string> transfer)
    {
        // Named by the time, to the millisecond, so that names sort by age (a clash waits for the next millisecond).
        string target;
        while (Directory.Exists(target = Path.Combine(indexPath,
                   DamagedFolderPrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture))))
            Thread.Sleep(1);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(indexPath))
        {
            var name = Path.GetFileName(file);
            if (name is IndexWriterLock.LockFileName or IndexWriterOwner.FileName)
                continue;
            transfer(file, Path.Combine(target, name));
        }
        // Names sort by time; the newest copies stay.
        var old = Directory.EnumerateDirectories(indexPath, DamagedFolderPrefix + "*")
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .Skip(KeptDamagedCopies);
        foreach (var folder in old)
            Directory.Delete(folder, recursive: true);
        return target;
    }

    /// <summary>
    /// What opening an index over damaged files throws: Lucene's CorruptIndexException and its kin (IOExceptions, a
    /// missing index included) or what garbage in <c>segments_N</c> or a <c>.si</c> makes its decoders throw.
    /// </summary>
    public static bool IsOpenFailure(Exception e) =>
        e is IOException or IndexOutOfRangeException or ArgumentException or InvalidOperationException;

    /// <summary>
    /// What a damaged file throws: Lucene's CorruptIndexException and its kin (all IOExceptions: a checksum mismatch,
    /// a truncated or missing file) or what garbage bytes make its decoders throw. Not a permission problem,
    /// cancellation or lack of memory, which say nothing about the files.
    /// </summary>
    private static bool IsDamageSymptom(Exception e) =>
        e is not (UnauthorizedAccessException or OperationCanceledException or OutOfMemoryException
            or ThreadInterruptedException or IndexUnavailableException);

    /// <summary>
    /// What a search that reads a damaged file throws: an IOException (Lucene's CorruptIndexException, an invalid
    /// VInt, a file cut short) or what garbage bytes make a decoder throw. Not what a query itself can cause (a
    /// syntax error, too many clauses), so that those never cost a read of the whole index.
    /// </summary>
    private static bool IsReadSymptom(Exception e) =>
        e is IOException or IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidOperationException
            or OverflowException or NullReferenceException;

    private static string Describe(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        if (message.Length > 300)
            message = message[..300] + "…";
        return $"{e.GetType().Name}: {message}";
    }
}

/// <summary>
/// What a writer found damaged: why the index could not be read, and where its files were kept for inspection
/// (moved there when the writer opened the folder; copied there when it rebuilt an index it had open).
/// </summary>
public sealed record IndexDamage(string IndexPath, string Reason, string MovedTo, bool Copied = false)
{
    /// <summary>One line for the log or the terminal.</summary>
    public override string ToString() =>
        $"the index at {IndexPath} could not be read ({Reason}); {(Copied ? "copied" : "moved")} it to {MovedTo} and rebuilt it from the notes";
}

/// <summary>
/// There is no index to answer from: none was built yet (a replica started before its writer), or the one there is
/// damaged. Web answers map it to 503; the CLI prints its message and exits 1.
/// </summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
