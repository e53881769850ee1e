using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Protection;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>A topic's page: its notes over time, its first and latest note, the topics filed with it, its newest notes.</summary>
[EnableRateLimiting(ApiRateLimiting.PagePolicy)]
public sealed class TopicController(NotesIndexHost host) : Controller
{
    /// <summary>No topic key is longer; a longer one is an unknown topic without asking the index.</summary>
    public const int MaxKeyLength = 200;

    [HttpGet("/topics/{key}")]
    public IActionResult Show(string key)
    {
        if (key.Length > MaxKeyLength || host.Searcher.Timeline(key) is not { } timeline)
            return NotFound();
        // A label or a differently written key (/topics/KV%20Cache) has one address: the key's.
        return timeline.Key == key ? View(TopicPageModel.From(timeline)) : RedirectPermanent(TopicPageModel.UrlOf(timeline.Key));
    }
}
