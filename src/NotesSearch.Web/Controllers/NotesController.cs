using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NotesSearch.Core.Searching;
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
        // Old Hugo/Jekyll permalinks end in a slash (/notes/some/slug/): a note has one address, the one without. Only
        // to a note that exists: a redirect to a 404 helps nobody (/notes/news/ is a folder, not a note).
        if (slug.EndsWith('/'))
        {
            var trimmed = slug.TrimEnd('/');
            return (FindNote(trimmed) ?? FindNote(trimmed.ToLowerInvariant())) is { } moved
                ? RedirectPermanent(moved.Url + Request.QueryString.ToUriComponent())
                : NotFound();
        }
        var note = host.Searcher.GetNote(slug);
        if (note is not null)
            return View(NotePageModel.Marked(note, host.Searcher, Request.Query["q"].FirstOrDefault()));
        // Slugs are lower case; a hand-typed /notes/NIC-Hop still finds its note, at its one address.
        var lower = slug.ToLowerInvariant();
        return lower != slug && host.Searcher.GetNote(lower) is { } found
            ? RedirectPermanent(found.Url)
            : NotFound();
    }

    private NotePage? FindNote(string slug) => slug.Length > 0 ? host.Searcher.GetNote(slug) : null;
}
