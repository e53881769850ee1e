namespace NotesSearch.Core.Notes;

/// <summary>How notes are read: the limits for one file, whether drafts are kept, the folder's conventions. Immutable.</summary>
public sealed record NoteParserOptions
{
    /// <summary>The default limit for one file: 5 MB.</summary>
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The default most topics one note keeps.</summary>
    public const int DefaultMaxTopics = 50;

    /// <summary>
    /// The default time one note may take to parse, render and sanitise: 5 s. A 1 MB note of real prose takes about
    /// 0.3 s on one core; the inputs this stops take minutes.
    /// </summary>
    public static readonly TimeSpan DefaultRenderBudget = TimeSpan.FromSeconds(5);

    /// <summary>The defaults: 5 MB per file, 50 topics per note, 5 s to render, drafts left out.</summary>
    public static NoteParserOptions Default { get; } = new();

    /// <summary>
    /// A file larger than this is reported instead of read: a note is prose, so a file this big
    /// is almost surely something else (a log, a data dump) that would bloat the index.
    /// </summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// A note keeps its first this many topics; the rest are left out with a warning naming the file. A topic is a
    /// facet value and a clause of the related-notes query: thousands of them would bloat the index and the queries.
    /// </summary>
    public int MaxTopics { get; init; } = DefaultMaxTopics;

    /// <summary>
    /// Wall-clock time one note's body may take to become text and HTML (Markdown parse, render, sanitising). A note
    /// over it is reported as too complex to render and not indexed, so no note holds up the others for longer.
    /// </summary>
    public TimeSpan RenderBudget { get; init; } = DefaultRenderBudget;

    /// <summary>True to index notes marked <c>draft: true</c> (the <c>--drafts</c> switch).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>The content folder's conventions, from its <c>site.yml</c> (<see cref="SiteInfo.Conventions"/>).</summary>
    public ContentConventions Conventions { get; init; } = ContentConventions.Default;

    /// <summary>These options with the conventions of the <c>site.yml</c> in <paramref name="contentRoot"/>, if any.</summary>
    public NoteParserOptions WithConventionsOf(string contentRoot) => this with { Conventions = SiteInfo.Load(contentRoot).Conventions };
}
