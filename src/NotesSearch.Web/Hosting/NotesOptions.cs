namespace NotesSearch.Web.Hosting;

/// <summary>The "Notes" configuration section (appsettings.json, Notes__* environment variables, --Notes:* arguments).</summary>
public sealed class NotesOptions
{
    public const string Section = "Notes";

    /// <summary>The notes folder. Relative paths are taken from the repository root when run from a clone.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>The index folder. Relative paths are taken from the repository root when run from a clone.</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>A replica: opens no writer, builds nothing, only follows the commits someone else makes to IndexPath.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Quiet time after the last file event before a live edit is indexed (editors write a file in bursts).</summary>
    public int DebounceMilliseconds { get; set; } = 250;

    /// <summary>How often the content folder is compared with what was indexed, in case a file event was missed.</summary>
    public int RescanSeconds { get; set; } = 30;

    /// <summary>
    /// How long one note may take to parse, render and sanitise, in seconds; a note over it is logged as too complex to
    /// render and not indexed, so no note holds up the live edits queued behind it for longer.
    /// </summary>
    public double RenderBudgetSeconds { get; set; } = Core.Notes.NoteParserOptions.DefaultRenderBudget.TotalSeconds;

    /// <summary>
    /// After its first warm-up at start, how long the site keeps running every shape of search in the background so the
    /// search code is compiled optimised before readers come (NoteSearcher.WarmUp), in seconds, at most 60; 0 skips it.
    /// </summary>
    public double CompileSearchesSeconds { get; set; } = 2;

    /// <summary>How often a read-only replica looks for a new commit.</summary>
    public int RefreshMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The time zone whose calendar relative date phrases (<c>yesterday</c>, <c>last month</c>) count in: an IANA id
    /// (<c>Europe/Berlin</c>) or <c>UTC</c>. An id this machine does not know stops the site at start, saying so.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Count the searches that found nothing (query, count, first and last time; never who asked) for <c>notes missed</c>.</summary>
    public bool RecordMissedSearches { get; set; }

    /// <summary>The SQLite file they are counted in; empty: <c>missed-searches.db</c> beside the index folder.</summary>
    public string MissedSearchesPath { get; set; } = "";

    /// <summary>The <see cref="TimeZone"/> setting as a time zone.</summary>
    /// <exception cref="NotesConfigurationException">It names no time zone this machine knows.</exception>
    public TimeZoneInfo ResolveTimeZone()
    {
        var id = string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new NotesConfigurationException(
                $"{Section}:TimeZone \"{id}\" is not a time zone this machine knows; use an IANA id such as Europe/Berlin or America/New_York, or UTC.", e);
        }
    }
}

/// <summary>A setting of the Notes section that cannot be used: the site does not start, and the message says which and why.</summary>
public sealed class NotesConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
