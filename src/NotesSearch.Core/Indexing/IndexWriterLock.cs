using System.Globalization;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The one-writer-per-folder guarantee across processes: an exclusive OS lock on <c>notes-writer.lock</c> in the
/// index folder, held for the writer's whole life, taken before any index file is read or written.
/// </summary>
/// <remarks>
/// Lucene.Net's own <c>write.lock</c> is not enough on Linux: its NativeFSLockFactory takes no OS lock there (it
/// falls back to a lock that only excludes writers in the same process), so a second process got the lock too and
/// deleted the first one's <c>write.lock</c> when it closed (issue 16). A <see cref="FileStream"/> opened with
/// <see cref="FileShare.None"/> is an advisory <c>flock(LOCK_EX)</c> in .NET on Unix (a share lock on Windows):
/// the OS releases it when the process ends, however it ends (kill -9 included), so a stale lock never blocks.
/// The lock file is never deleted: deleting it while another process waits on it would let two writers lock two
/// different files of the same name. Who holds the lock is written beside it (<see cref="IndexWriterOwner"/>),
/// because a locked file cannot be read by the loser.
/// </remarks>
public sealed class IndexWriterLock : IDisposable
{
    /// <summary>The file the OS lock is taken on (empty; its lock is what counts).</summary>
    public const string LockFileName = "notes-writer.lock";

    private readonly FileStream stream;
    private readonly string indexPath;

    private IndexWriterLock(FileStream stream, string indexPath)
    {
        this.stream = stream;
        this.indexPath = indexPath;
    }

    /// <summary>Who holds this lock (this process).</summary>
    public IndexWriterOwner Owner { get; private init; } = null!;

    /// <summary>
    /// Takes the writer lock of <paramref name="indexPath"/> (created if missing) for <paramref name="role"/>
    /// ("the site", "notes index"), without waiting, and records this process as its owner.
    /// </summary>
    /// <exception cref="IndexLockedException">Another process (or another writer in this one) holds it; nothing was changed.</exception>
    public static IndexWriterLock Acquire(string indexPath, string role)
    {
        Directory.CreateDirectory(indexPath);
        var path = Path.Combine(indexPath, LockFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new IndexLockedException(indexPath, IndexWriterOwner.Read(indexPath), e);
        }
        var owner = new IndexWriterOwner(Environment.ProcessId, role, DateTimeOffset.UtcNow);
        try
        {
            owner.Write(indexPath);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return new IndexWriterLock(stream, indexPath) { Owner = owner };
    }

    public void Dispose()
    {
        // The owner note goes first, while the lock still keeps others from writing a new one.
        IndexWriterOwner.Delete(indexPath);
        stream.Dispose();
    }
}

/// <summary>
/// Who writes an index folder: a process id, what it is ("the site", "notes index") and since when (UTC), kept in
/// <c>notes-writer.owner</c> beside the lock so that a second writer can say who holds the folder.
/// </summary>
public sealed record IndexWriterOwner(int ProcessId, string Role, DateTimeOffset Since)
{
    /// <summary>The file the owner is written to, one <c>key: value</c> per line.</summary>
    public const string FileName = "notes-writer.owner";

    /// <summary>The role of the website's writer.</summary>
    public const string SiteRole = "the site";

    /// <summary>The role of the <c>notes index</c> command.</summary>
    public const string IndexCommandRole = "notes index";

    /// <summary>True when the owner is the website (which indexes edits live).</summary>
    public bool IsSite => Role == SiteRole;

    /// <summary>E.g. <c>the site (pid 1234, writing since 2026-11-29 09:40:00Z)</c>.</summary>
    public override string ToString() =>
        $"{(Role == IndexCommandRole ? "`notes index`" : Role)} (pid {ProcessId}, writing since {Since.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)})";

    internal void Write(string indexPath)
    {
        // Written whole and then renamed, so a reader never sees half a file.
        var path = Path.Combine(indexPath, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture,
            $"pid: {ProcessId}\nrole: {Role}\nsince: {Since.UtcDateTime:o}\n"));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The recorded owner of <paramref name="indexPath"/>, or null when none is recorded or it cannot be read.</summary>
    public static IndexWriterOwner? Read(string indexPath)
    {
        try
        {
            var lines = File.ReadLines(Path.Combine(indexPath, FileName)).Take(10)
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
            return lines.TryGetValue("pid", out var pid) && int.TryParse(pid, CultureInfo.InvariantCulture, out var id)
                   && lines.TryGetValue("role", out var role)
                   && lines.TryGetValue("since", out var since)
                   && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? new IndexWriterOwner(id, role, at)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static void Delete(string indexPath)
    {
        try
        {
            File.Delete(Path.Combine(indexPath, FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale owner note is harmless: the next writer overwrites it.
        }
    }
}
