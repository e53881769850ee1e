using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/topics</c>: every topic with its note count, most notes first.</summary>
public static class TopicsEndpoint
{
    public static IResult Handle([FromServices] NoteSearcher searcher, [FromServices] ApiResultCache cache) =>
        ApiJson.Cached(searcher, cache, "topics", () =>
        {
            var topics = searcher.TopicCounts();
            return new TopicsResponse(topics.Count, topics);
        })!;
}
