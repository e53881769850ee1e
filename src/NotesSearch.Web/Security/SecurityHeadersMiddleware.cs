using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Security;

/// <summary>
/// Adds the security headers to every response, error pages and static files included: a
/// Content-Security-Policy without inline script (so even a note that slipped past the sanitiser could run
/// nothing), nosniff, a referrer policy, no framing, and a Permissions-Policy that turns off the browser features a
/// notes site never uses (camera, microphone, location, payment and the like), so nothing on a page could ask for them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        var exempt = settings.CspExemptPaths.Contains(path.Length == 0 ? "/" : path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!exempt && !headers.ContainsKey("Content-Security-Policy"))
                headers.ContentSecurityPolicy = settings.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = settings.ReferrerPolicy;
            headers["Permissions-Policy"] = settings.PermissionsPolicy;
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
