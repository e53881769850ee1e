using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>The friendly pages for errors (re-executed by the exception handler) and for bare status codes.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    public IActionResult Error()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
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
