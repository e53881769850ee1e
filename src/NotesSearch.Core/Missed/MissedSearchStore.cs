using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NotesSearch.Core.Missed;

/// <summary>
/// The searches that found nothing, counted in a small SQLite file beside the index (<see cref="FileName"/>): one row
/// per normalised query with its count and its first and last time; never who asked. Bounded: at most
/// <see cref="MaxQueries"/> rows (the least recently missed go first) of at most <see cref="MaxQueryLength"/>
/// characters each. Safe for several processes at once (a site and its replicas, <c>notes missed</c>): the file is in
/// WAL mode and every connection waits up to <see cref="BusyTimeout"/> for another's write. Each call opens its own
/// connection, so an instance is thread-safe.
/// </summary>
public sealed class MissedSearchStore
{
    /// <summary>The file's name when it is beside the index folder (its default place).</summary>
    public const string FileName = "missed-searches.db";

    /// <summary>Default cap on distinct queries kept.</summary>
    public const int DefaultMaxQueries = 10_000;

    /// <summary>Longest query kept, in characters: a longer one is cut (no reader types more; a script is not a reader).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>How long a connection waits for another process's write before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <param name="path">The SQLite file; created (with its folder) on the first write.</param>
    /// <param name="maxQueries">Most distinct queries kept (at least 1).</param>
    public MissedSearchStore(string path, int maxQueries = DefaultMaxQueries)
    {
        Path = System.IO.Path.GetFullPath(path);
        MaxQueries = Math.Max(1, maxQueries);
    }

    /// <summary>The SQLite file (absolute).</summary>
    public string Path { get; }

    /// <summary>Most distinct queries kept; past it the least recently missed are deleted.</summary>
    public int MaxQueries { get; }

    /// <summary>The default file for an index folder: <see cref="FileName"/> in the folder that holds it (never inside it: a
    /// damaged index's files are all moved aside, and an index folder may be shipped to replicas as it is).</summary>
    public static string PathBeside(string indexPath)
    {
        var full = System.IO.Path.GetFullPath(indexPath).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? full, FileName);
    }

    /// <summary>
    /// The query as it is counted: white space trimmed and collapsed, lower case, control characters dropped, cut to
    /// <see cref="MaxQueryLength"/> characters (never inside a surrogate pair); null when nothing is left.
    /// </summary>
    public static string? Normalise(string? query)
    {
        if (query is null)
            return null;
        var text = new StringBuilder(Math.Min(query.Length, MaxQueryLength));
        foreach (var c in query)
        {
            if (text.Length >= MaxQueryLength)
                break;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                    text.Append(' ');
                continue;
            }
            text.Append(char.ToLowerInvariant(c));
        }
        if (text.Length > 0 && char.IsHighSurrogate(text[^1]))
            text.Length--;
        var normalised = text.ToString().Trim();
        return normalised.Length == 0 ? null : normalised;
    }

    /// <summary>Counts each (normalised query, time) once, in one transaction, then deletes the least recent rows past the cap.</summary>
    /// <exception cref="SqliteException">The file cannot be written (another process held it past the busy timeout, a full disk, …).</exception>
    public void Add(IEnumerable<(string Query, DateTimeOffset At)> missed)
    {
        using var connection = Open(SqliteOpenMode.ReadWriteCreate);
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.CommandText = """
                INSERT INTO missed (query, count, first, last) VALUES ($query, 1, $at, $at)
                ON CONFLICT (query) DO UPDATE SET count = count + 1, first = min(first, excluded.first), last = max(last, excluded.last)
                """;
            var query = upsert.Parameters.Add("$query", SqliteType.Text);
            var at = upsert.Parameters.Add("$at", SqliteType.Text);
            foreach (var (text, when) in missed)
            {
                if (Normalise(text) is not { } normalised)
                    continue;
                query.Value = normalised;
                at.Value = when.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
                upsert.ExecuteNonQuery();
            }
        }
        using (var evict = connection.CreateCommand())
        {
            evict.CommandText = "DELETE FROM missed WHERE query IN (SELECT query FROM missed ORDER BY last DESC, query LIMIT -1 OFFSET $max)";
            evict.Parameters.AddWithValue("$max", MaxQueries);
            evict.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The missed searches, most often missed first (then most recent); empty when the file does not exist.</summary>
    /// <param name="since">Only queries missed at or after this time (their last time), or null for all.</param>
    /// <param name="top">At most this many.</param>
    public IReadOnlyList<MissedSearch> List(DateTimeOffset? since, int top)
    {
        if (!File.Exists(Path))
            return [];
        using var connection = Open(SqliteOpenMode.ReadWrite);
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT query, count, first, last FROM missed WHERE last >= $since ORDER BY count DESC, last DESC, query LIMIT $top";
        select.Parameters.AddWithValue("$since", (since ?? DateTimeOffset.MinValue).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
        select.Parameters.AddWithValue("$top", Math.Max(0, top));
        using var reader = select.ExecuteReader();
        var rows = new List<MissedSearch>();
        while (reader.Read())
            rows.Add(new MissedSearch(reader.GetString(0), reader.GetInt32(1), Time(reader.GetString(2)), Time(reader.GetString(3))));
        return rows;
    }

    /// <summary>How many distinct queries the file holds (0 when it does not exist).</summary>
    public int Count()
    {
        if (!File.Exists(Path))
            return 0;
        using var connection = Open(SqliteOpenMode.ReadWrite);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM missed";
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private SqliteConnection Open(SqliteOpenMode mode)
    {
        if (mode == SqliteOpenMode.ReadWriteCreate && System.IO.Path.GetDirectoryName(Path) is { } folder)
            Directory.CreateDirectory(folder);
        // No pooling: a connection per batch is cheap next to the batch, and nothing keeps the file open between writes.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        connection.Open();
        using var setup = connection.CreateCommand();
        setup.CommandText = $"""
            PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS missed (query TEXT PRIMARY KEY, count INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS missed_last ON missed (last);
            """;
        setup.ExecuteNonQuery();
        return connection;
    }
}
