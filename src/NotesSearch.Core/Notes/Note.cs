namespace NotesSearch.Core.Notes;

/// <summary>
/// One parsed note: everything the indexer writes and the site shows. Immutable.
/// </summary>
/// <param name="Slug">Unique, URL-safe key, segments joined by '/' (front matter <c>path</c>/<c>url</c>/<c>permalink</c>/<c>slug</c>, else the folders and the file name without a date prefix).</param>
/// <param name="Title">Front matter <c>title</c>, else the first <c># heading</c>, else the file name.</param>
/// <param name="Date">Publication time; a date-only value is midnight with a zero offset.</param>
/// <param name="Topics">Topics in the order written, keys normalised, duplicates removed.</param>
/// <param name="Summary">Front matter <c>summary</c> (or <c>description</c>, <c>subtitle</c>); empty when absent.</param>
/// <param name="Markdown">The body, front matter removed and syntax from other blog tools made Markdown.</param>
/// <param name="Text">The body as plain text (markup dropped; link text, alt text and code kept): what is indexed.</param>
/// <param name="Draft">True for <c>draft: true</c>; drafts are indexed only when asked for.</param>
/// <param name="Path">The file, relative to the content folder, with '/' separators.</param>
/// <param name="Hash">A hash of the file's bytes: an unchanged hash means an unchanged note.</param>
public sealed record Note(
    string Slug,
    string Title,
    DateTimeOffset Date,
    IReadOnlyList<Topic> Topics,
    string Summary,
    string Markdown,
    string Text,
    bool Draft,
    string Path,
    string Hash)
{
    /// <summary>
    /// The body as sanitised HTML (see <see cref="NoteHtmlRenderer"/>), rendered once when the note is parsed and
    /// stored in the index: what the note's page and <c>/api/notes/{slug}</c> show. Empty for a note built by hand.
    /// </summary>
    public string Html { get; init; } = "";

    /// <summary>
    /// When the note was last changed (Hugo <c>lastmod</c>, Zola <c>updated</c>; see
    /// <see cref="ContentConventions.UpdatedKeys"/>), shown as "updated"; null when not given.
    /// </summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>
    /// When the file was last written (file system time, UTC): the feed's "updated" for a note without
    /// <see cref="Updated"/>. Null for a note parsed from bytes alone.
    /// </summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>
    /// The top-level folder the note is filed under (see <see cref="Notes.Section.Of"/>); null for a note directly in
    /// the content folder, or when <c>site.yml</c> says <c>sections: none</c>.
    /// </summary>
    public Section? Section { get; init; }

    /// <summary>
    /// Where each anchored block (paragraph, list item, heading, code block, table) starts in <see cref="Text"/>, and
    /// its id in <see cref="Html"/>, in text order (see <see cref="BlockAnchors"/>). Empty for a note built by hand.
    /// </summary>
    public IReadOnlyList<BlockAnchor> Anchors { get; init; } = [];

    /// <summary>The calendar day the note was written, in the note's own offset.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Date.DateTime);
}
