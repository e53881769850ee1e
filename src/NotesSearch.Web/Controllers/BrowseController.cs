using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
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
    public IActionResult Archive()
    {
        var counts = catalog.Counts();
        // The newest notes, a full page at a time, up to the page's cap: the list stays bounded on any archive.
        var newest = new List<SearchHit>();
        for (var page = 1; newest.Count < ArchivePageModel.MaxListed; page++)
        {
            var pageSize = Math.Min(SearchRequest.MaxPageSize, ArchivePageModel.MaxListed - newest.Count);
            var results = host.Searcher.Search(new SearchRequest { Sort = SearchSort.Newest, Page = page, PageSize = pageSize });
            newest.AddRange(results.Hits);
            if (results.Hits.Count < pageSize)
                break;
        }
        return View(ArchivePageModel.From(counts.Months, newest, listCut: newest.Count < counts.Notes));
    }

    [HttpGet("/about")]
    public IActionResult About() => View(new AboutPageModel(host.Site, host.Searcher.Statistics()));
}
