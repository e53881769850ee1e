using Microsoft.AspNetCore.Mvc;

namespace NotesSearch.Web.Api;

/// <summary>The API's RFC 7807 answers: one shape for every error, the bad parameter always named.</summary>
public static class ApiProblems
{
    /// <summary>The problem member naming the (first) bad parameter.</summary>
    public const string ParameterMember = "parameter";

    /// <summary>400: every bad parameter in <c>errors</c>, the first also in <c>parameter</c>.</summary>
    public static IResult BadParameters(ApiErrors errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(),
            detail: string.Join(" ", errors.ToDictionary().SelectMany(p => p.Value)),
            title: "One or more parameters are not valid.",
            extensions: new Dictionary<string, object?> { [ParameterMember] = errors.First });

    /// <summary>404 for a note that does not exist.</summary>
    public static IResult NoteNotFound(string slug) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such note.",
            detail: $"There is no note with the slug '{SearchQueryBinder.Shorten(slug)}'.",
            extensions: new Dictionary<string, object?> { [ParameterMember] = "slug" });

    /// <summary>404 for a topic no note is filed under.</summary>
    public static IResult TopicNotFound(string key) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such topic.",
            detail: $"No note is filed under the topic '{SearchQueryBinder.Shorten(key)}'; GET /api/topics lists every topic.",
            extensions: new Dictionary<string, object?> { [ParameterMember] = "key" });

    /// <summary>The body of a 500: says nothing about the failure beyond its trace id (in the logs).</summary>
    public static ProblemDetails Unexpected() => new()
    {
        Status = StatusCodes.Status500InternalServerError,
        Title = "Something went wrong on our side.",
        Detail = "The error has been logged. Try again; if it keeps happening, report the traceId.",
    };

    /// <summary>The body of a 503: the index cannot be read (not built yet, or damaged and waiting for its rebuild).</summary>
    public static ProblemDetails IndexUnavailable() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Search is unavailable.",
        Detail = "The index cannot be read right now; it is rebuilt from the notes by its writer. Try again later.",
    };

    /// <summary>The body of a 429.</summary>
    public static ProblemDetails TooManyRequests(int retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = "Too many requests.",
        Detail = $"This address has made too many requests. Retry after {retryAfterSeconds} s.",
    };
}
