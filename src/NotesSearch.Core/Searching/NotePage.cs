using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>A note as its page and <c>GET /api/notes/{slug}</c> show it: metadata, sanitised HTML, plain text, neighbours.</summary>
public sealed record NotePage(
    string Slug,
    string Title,
    DateOnly Date,
    IReadOnlyList<Topic> Topics,
    string Summary,
    string Html,
    string Text,
    string Url,
    NoteLink? Previous,
    NoteLink? Next,
    IReadOnlyList<RelatedNote> Related)
{
    /// <summary>The day the note was last changed (front matter <c>lastmod</c>, <c>updated</c>), in its own offset; null when not given.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>The top-level folder the note is filed under; null when it has none.</summary>
    public Section? Section { get; init; }
}

/// <summary>A link to another note (previous/next by date).</summary>
public sealed record NoteLink(string Slug, string Title, DateOnly Date, string Url);

/// <summary>A note like another one, and why ("shares topics: networking; terms: rdma, infiniband").</summary>
public sealed record RelatedNote(
    string Slug,
    string Title,
    DateOnly Date,
    string Url,
    IReadOnlyList<Topic> SharedTopics,
    IReadOnlyList<string> SharedTerms,
    string Reason);
