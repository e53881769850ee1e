using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/stats</c>: <see cref="IndexStatistics"/> (note count, newest note, generation, last indexed).</summary>
public static class StatsEndpoint
{
    public static IResult Handle([FromServices] NoteSearcher searcher, [FromServices] ApiResultCache cache) =>
        ApiJson.Cached(searcher, cache, "stats", searcher.Statistics)!;
}
