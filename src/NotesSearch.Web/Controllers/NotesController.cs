using Microsoft.AspNetCore.Mvc;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>A note's page. The slug is only ever a key looked up in the index: it never reaches the file system.</summary>
public sealed class NotesController(NotesIndexHost host) : Controller
{
    private const int MaxSlugLength = 200;

    [HttpGet("/notes/{slug}")]
    public IActionResult Show(string slug)
    {
        if (slug.Length > MaxSlugLength)
            return NotFound();
        var note = host.Searcher.GetNote(slug);
        return note is null ? NotFound() : View(new NotePageModel(note));
    }
}
