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

    /// <summary>How often a read-only replica looks for a new commit.</summary>
    public int RefreshMilliseconds { get; set; } = 1000;
}
