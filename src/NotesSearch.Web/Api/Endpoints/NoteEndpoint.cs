using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/notes/{slug}</c>: a note's metadata, sanitised HTML, plain text, neighbours and related notes.</summary>
public static class NoteEndpoint
{
    /// <summary>No slug is longer; a longer one is an unknown note without asking the index.</summary>
    public const int MaxSlugLength = 200;

    public static IResult Handle(
        string slug, [FromServices] NoteSearcher searcher, [FromServices] ApiResultCache cache) =>
        (slug.Length <= MaxSlugLength ? ApiJson.Cached(searcher, cache, "note " + slug, () => searcher.GetNote(slug)) : null)
        ?? ApiProblems.NoteNotFound(slug);
}
