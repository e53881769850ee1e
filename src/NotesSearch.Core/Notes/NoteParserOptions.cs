namespace NotesSearch.Core.Notes;

/// <summary>How notes are read: the size limit for one file, whether drafts are kept, and where sections come from. Immutable.</summary>
public sealed record NoteParserOptions
{
    /// <summary>The default limit for one file: 5 MB.</summary>
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The defaults: 5 MB per file, drafts left out.</summary>
    public static NoteParserOptions Default { get; } = new();

    /// <summary>
    /// A file larger than this is reported instead of read: a note is prose, so a file this big
    /// is almost surely something else (a log, a data dump) that would bloat the index.
    /// </summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>True to index notes marked <c>draft: true</c> (the <c>--drafts</c> switch).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Which folder makes a note's <see cref="Note.Section"/> (<c>sections:</c> in <c>site.yml</c>).</summary>
    public SectionRule Sections { get; init; }
}
