using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary><c>GET /api/suggest?q=</c>: completions as you type (words of the notes that find a note, and topics).</summary>
public static class SuggestEndpoint
{
    public const int DefaultMax = Suggester.DefaultMax;
    public const int MaxMax = Suggester.MaxResults;

    /// <summary>Longer input is not a prefix anyone is still typing: no completions.</summary>
    public const int MaxQueryLength = 200;

    public static IResult Handle(
        HttpContext context, [FromServices] NoteSearcher searcher, [FromServices] Suggester suggester, [FromServices] ApiResultCache cache)
    {
        var query = context.Request.Query;
        var typed = string.Join(' ', query["q"].Where(q => q is not null));
        var errors = new ApiErrors();
        var max = DefaultMax;
        var maxValues = query["max"].Where(v => !string.IsNullOrWhiteSpace(v)).ToArray();
        if (maxValues.Length > 1)
            errors.Add("max", "max may be given once.");
        else if (maxValues.Length == 1 && !(int.TryParse(maxValues[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out max) && max is >= 1 and <= MaxMax))
            errors.Add("max", $"max must be a whole number between 1 and {MaxMax}, not '{SearchQueryBinder.Shorten(maxValues[0]!)}'.");
        if (errors.Count > 0)
            return ApiProblems.BadParameters(errors);
        if (typed.Length > MaxQueryLength)
            return TypedResults.Json(new SuggestResponse(typed, []), NotesJson.Options);
        return ApiJson.Cached(searcher, cache, $"suggest {max} {typed}", () =>
            new SuggestResponse(typed, searcher.Use(s => suggester.Complete(s.IndexReader, typed, max))))!;
    }
}
