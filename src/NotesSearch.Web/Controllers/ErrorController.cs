using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Indexing;
using NotesSearch.Web.Api.Protection;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>The friendly pages for errors (re-executed by the exception handler) and for bare status codes.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(NotesIndexHost host, ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    public IActionResult Error()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure?.Error is IndexUnavailableException unavailable)
        {
            // The index is missing or damaged (logged once by the host): 503, not a bug page.
            host.ReportUnavailable(unavailable);
            Response.Headers.RetryAfter = ApiErrorHandling.RetryAfterSeconds;
            return Page(StatusCodes.Status503ServiceUnavailable);
        }
        if (failure is not null)
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        return Page(StatusCodes.Status500InternalServerError);
    }

    [Route("/status/{code:int}")]
    public IActionResult Status(int code) => Page(code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound);

    private ViewResult Page(int code)
    {
        var result = View("Error", ErrorPageModel.For(code));
        result.StatusCode = code;
        return result;
    }
}
