namespace NotesSearch.Web.Hosting;

/// <summary>
/// HEAD answered wherever GET is (RFC 9110 §9.3.2: the same status and headers, no body): uptime and link checkers
/// ask with HEAD, and a 405 reads to them as a broken page. Routing matches HEAD only where an endpoint lists it
/// (<c>MapGet</c> and <c>[HttpGet]</c> list GET alone), and listing it there would also put a HEAD operation beside
/// every GET in the OpenAPI document; so a HEAD request is handled as the GET it mirrors, and Kestrel, which still
/// knows the request line said HEAD, sends the headers without the body. Put it before static files and routing.
/// </summary>
public sealed class HeadRequests(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
            return next(context);
        context.Request.Method = HttpMethods.Get;
        // The body is never sent; writing it to nothing also covers a server that would not drop it itself.
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        return Answer(context, body);
    }

    private async Task Answer(HttpContext context, Stream body)
    {
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
