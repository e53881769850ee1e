using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NotesSearch.Web.Api.Caching;

/// <summary>
/// MVC resource filter for <see cref="IndexETag"/> (e.g. the site's <c>/feed.xml</c> action): a resource filter runs
/// before model binding, so a 304 costs no search.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class IndexETagAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (IndexETag.IsNotModified(context.HttpContext))
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
