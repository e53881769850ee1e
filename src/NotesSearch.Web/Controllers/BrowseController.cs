using Microsoft.AspNetCore.Mvc;
using NotesSearch.Web.Catalog;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>The pages that show the whole archive at once: topics, the timeline, and about.</summary>
public sealed class BrowseController(NotesIndexHost host, NoteCatalog catalog) : Controller
{
    [HttpGet("/topics")]
    public IActionResult Topics() => View(new TopicsPageModel(catalog.Counts().Topics));

    [HttpGet("/archive")]
    public IActionResult Archive() => View(ArchivePageModel.From(catalog.Counts().Months));

    [HttpGet("/about")]
    public IActionResult About() => View(new AboutPageModel(host.Site, host.Searcher.Statistics()));
}
