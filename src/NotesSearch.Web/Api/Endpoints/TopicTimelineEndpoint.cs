using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/topics/{key}</c>: a topic's <see cref="TopicTimeline"/>; 404 problem+json when no note is filed under it.</summary>
public static class TopicTimelineEndpoint
{
    /// <summary>No topic key is longer; a longer one is an unknown topic without asking the index.</summary>
    public const int MaxKeyLength = 200;

    public static IResult Handle(string key, [FromServices] NoteSearcher searcher, [FromServices] ApiResultCache cache) =>
        (key.Length <= MaxKeyLength ? ApiJson.Cached(searcher, cache, "topic " + Topic.KeyOf(key), () => searcher.Timeline(key)) : null)
        ?? ApiProblems.TopicNotFound(key);
}
