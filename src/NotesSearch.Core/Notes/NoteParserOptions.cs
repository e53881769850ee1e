namespace NotesSearch.Core.Notes;

/// <summary>How notes are read: the size limit for one file, whether drafts are kept, the folder's conventions. Immutable.</summary>
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

    /// <summary>The content folder's conventions, from its <c>site.yml</c> (<see cref="SiteInfo.Conventions"/>).</summary>
    public ContentConventions Conventions { get; init; } = ContentConventions.Default;

    /// <summary>These options with the conventions of the <c>site.yml</c> in <paramref name="contentRoot"/>, if any.</summary>
    public NoteParserOptions WithConventionsOf(string contentRoot) => this with { Conventions = SiteInfo.Load(contentRoot).Conventions };
}
