using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;
using NotesSearch.Web.Hosting;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/search</c>: the same <see cref="SearchResults"/> the site renders and <c>notes search --json</c> prints.</summary>
public static class SearchEndpoint
{
    public static IResult Handle(HttpContext context, [FromServices] NoteSearcher searcher, [FromServices] ApiResultCache cache,
        [FromServices] MissedSearchLog missed)
    {
        var (request, errors) = SearchQueryBinder.Bind(context.Request.Query);
        if (request is null)
            return ApiProblems.BadParameters(errors);
        // Keyed on the parsed request, so "?q=x&page=1" and "?page=01&q=x" share one entry.
        // And on today: relative date phrases ("last month") mean other days tomorrow.
        var key = "search " + DatePhrases.Today(searcher.Options).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " +
            JsonSerializer.Serialize(request, NotesJson.Options);
        // An answer with warnings may have been cut short by the time budget: never keep it for the whole version.
        // A missed search is counted when it is searched, not each time its cached answer is served again.
        return ApiJson.Cached(searcher, cache, key, () => Searched(searcher.Search(request)), results => results.Warnings.Count == 0)!;

        SearchResults Searched(SearchResults results)
        {
            missed.Note(request, results);
            return results;
        }
    }
}
