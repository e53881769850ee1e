using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/notes/{slug}</c>: a note's metadata, sanitised HTML, plain text, neighbours and related notes.</summary>
public static class NoteEndpoint
{
    /// <summary>No slug is longer; a longer one is an unknown note without asking the index.</summary>
    public const int MaxSlugLength = 200;

    /// <summary>Related notes listed with a note.</summary>
    public const int RelatedCount = 5;

    public static IResult Handle(
        string slug, [FromServices] NoteSearcher searcher, [FromServices] RelatedNotes related, [FromServices] ApiResultCache cache) =>
        (slug.Length <= MaxSlugLength ? ApiJson.Cached(searcher, cache, "note " + slug, () => Page(searcher, related, slug)) : null)
        ?? ApiProblems.NoteNotFound(slug);

    /// <summary>GetNote leaves related notes to <see cref="RelatedNotes"/> (more-like-this), which the API adds.</summary>
    private static NotePage? Page(NoteSearcher searcher, RelatedNotes related, string slug) =>
        searcher.GetNote(slug) is { } page
            ? page with { Related = searcher.Use(s => related.Find(s, slug, RelatedCount)) }
            : null;
}
