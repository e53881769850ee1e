using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NotesSearch.Web.Api.Protection;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>A note's page. The slug is only ever a key looked up in the index: it never reaches the file system.</summary>
[EnableRateLimiting(ApiRateLimiting.PagePolicy)]
public sealed class NotesController(NotesIndexHost host) : Controller
{
    private const int MaxSlugLength = 200;

    // Catch-all: a slug may keep its folders (/notes/news/meetup).
    [HttpGet("/notes/{**slug:minlength(1)}")]
    public IActionResult Show(string slug)
    {
        if (slug.Length > MaxSlugLength)
            return NotFound();
        var note = host.Searcher.GetNote(slug);
        if (note is not null)
            return View(new NotePageModel(note));
        // Slugs are lower case; a hand-typed /notes/NIC-Hop still finds its note, at its one address.
        var lower = slug.ToLowerInvariant();
        return lower != slug && host.Searcher.GetNote(lower) is { } found
            ? RedirectPermanent(found.Url)
            : NotFound();
    }
}
