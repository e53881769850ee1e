using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;
using NotesSearch.Web.Hosting;

namespace NotesSearch.Web.Api.Endpoints;

/// <summary>
/// <c>GET /api/on-this-day?date=YYYY-MM-DD</c>: the notes written in the week around that calendar day in earlier
/// years (<see cref="OnThisDay"/>); without <c>date</c>, today in the site's time zone. A date that is not a real
/// day (<c>2026-02-30</c>) is a 400 naming the parameter.
/// </summary>
public static class OnThisDayEndpoint
{
    public static IResult Handle(HttpContext context, [FromServices] NoteSearcher searcher, [FromServices] ApiResultCache cache, [FromServices] SiteToday today)
    {
        var values = context.Request.Query["date"];
        var errors = new ApiErrors();
        DateOnly date;
        if (values.Count > 1)
        {
            errors.Add("date", "date may be given once.");
            return ApiProblems.BadParameters(errors);
        }
        var text = values.FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            date = today.Today();
        }
        else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add("date", $"date must be a day that exists, written YYYY-MM-DD (2026-04-28), not '{SearchQueryBinder.Shorten(text)}'.");
            return ApiProblems.BadParameters(errors);
        }
        // Keyed on the day itself, so "no date" answers a new day's notes after midnight.
        return ApiJson.Cached(searcher, cache, "on-this-day " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), () => searcher.OnThisDay(date))!;
    }
}
