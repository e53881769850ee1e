namespace NotesSearch.Web.Api.Caching;

/// <summary>Minimal-API endpoint filter for <see cref="IndexETag"/>: answers 304 before the handler runs.</summary>
public sealed class IndexETagFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IndexETag.IsNotModified(context.HttpContext)
            ? ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status304NotModified))
            : next(context);
}
