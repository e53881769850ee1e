using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;
using NotesSearch.Web.Api.Protection;
using NotesSearch.Web.Catalog;
using NotesSearch.Web.Feeds;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>
/// The search page, its Atom feed, and the site's fallback completions. Parameters are read from the raw query
/// string (see <see cref="SearchParameters"/>), never model-bound, so no value can make a binding error.
/// </summary>
[EnableRateLimiting(ApiRateLimiting.PagePolicy)]
public sealed class SearchController(NotesIndexHost host, NoteCatalog catalog, MissedSearchLog missed, SiteToday today) : Controller
{
    /// <summary>Sent by the page's script to get only the part of the page that changes while typing.</summary>
    public const string PartialHeader = "X-Partial";

    public const int FeedSize = 20;
    private const int PopularTopics = 8;

    [HttpGet("/")]
    public IActionResult Index()
    {
        var parsed = SearchParameters.Parse(Request.Query);
        var results = SiteSearch.Search(host.Searcher, parsed.Request);
        // The as-you-type refreshes hold half-typed words: only a search the reader asked for (a page load) counts.
        if (Request.Headers[PartialHeader] != "results")
            missed.Note(parsed.Request, results);
        var counts = catalog.Counts();
        var labels = counts.Topics.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        var model = new SearchPageModel(parsed.Request, results, parsed.Notices, counts.Popular(PopularTopics), labels);
        if (model.IsHome)
            model = model with { OnThisDay = host.Searcher.OnThisDay(today.Today()) };
        Response.Headers.Vary = PartialHeader;
        return Request.Headers[PartialHeader] == "results"
            ? PartialView("_SearchBody", model)
            : View(model);
    }

    [HttpGet("/feed.xml")]
    [IndexETag]
    public IActionResult Feed()
    {
        var parsed = SearchParameters.Parse(Request.Query, FeedSize);
        // A feed reader wants what is new: newest first unless the URL asks otherwise.
        var request = parsed.Request with { Sort = parsed.Request.Sort ?? SearchSort.Newest, Page = 1 };
        var results = SiteSearch.Search(host.Searcher, request);
        var updated = host.Searcher.Statistics().LastIndexed ?? DateTimeOffset.UnixEpoch;
        var baseUri = new Uri($"{Request.Scheme}://{Request.Host}/");
        // Links name the search as the page shows it: the feed's own default size is not a parameter to repeat.
        var linked = parsed.Request with { PageSize = request.PageSize == FeedSize ? SearchRequest.DefaultPageSize : request.PageSize };
        var notes = FeedNote.Load(host.Searcher, results.Hits.Select(hit => hit.Slug));
        var labels = catalog.Counts().Topics.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        var xml = AtomFeedWriter.Write(host.Site, linked, results, notes, labels, baseUri, updated);
        return File(xml, "application/atom+xml; charset=utf-8");
    }
}
