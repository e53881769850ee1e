using Microsoft.AspNetCore.Diagnostics;
using NotesSearch.Core.Indexing;
using NotesSearch.Web.Hosting;

namespace NotesSearch.Web.Api.Protection;

/// <summary>
/// Under /api (and /openapi) only: an index that cannot be read becomes a problem+json 503; any other unhandled exception becomes a problem+json 500 without a stack trace (even in Development,
/// where the developer page would otherwise answer), and a bodiless error (404 for an unknown /api path, 405)
/// gets a problem+json body. Other paths keep whatever error pages the site sets up.
/// </summary>
public static class ApiErrorHandling
{
    /// <summary>The API and its OpenAPI document (the paths the site leaves to the API for errors).</summary>
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    public static IApplicationBuilder UseApiErrorHandling(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api => api
            .UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = WriteUnexpectedAsync,
                SuppressDiagnosticsCallback = IsIndexUnavailable,
            })
            .UseStatusCodePages());

    /// <summary>The Retry-After of every 503 (API and pages), in seconds: a rebuild of a small archive takes seconds; a client need not ask again sooner.</summary>
    public const string RetryAfterSeconds = "10";

    /// <summary>
    /// For <see cref="ExceptionHandlerOptions.SuppressDiagnosticsCallback"/>: an unreadable index is answered 503 and
    /// logged once per reason by <see cref="NotesIndexHost.ReportUnavailable"/>, so the exception handler must not log it
    /// again ("An unhandled exception has occurred", with a stack trace) on every request.
    /// </summary>
    public static bool IsIndexUnavailable(ExceptionHandlerSuppressDiagnosticsContext context) =>
        context.Exception is IndexUnavailableException;

    private static async Task WriteUnexpectedAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is IndexUnavailableException unavailable)
        {
            // Not a bug of ours: the index is missing or damaged. Logged once by the host, not per request.
            context.RequestServices.GetRequiredService<NotesIndexHost>().ReportUnavailable(unavailable);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ApiProblems.IndexUnavailable(),
            });
            return;
        }
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrorHandling))
            .LogError(error, "Unhandled error answering {Path}", context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.Unexpected(),
        });
    }
}
