using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api.Caching;

/// <summary>
/// HTTP caching tied to index freshness: a weak ETag from the index version, the build, and the normalised
/// request; <c>If-None-Match</c> answered with 304; <c>Cache-Control: public, max-age=Api:CacheMaxAgeSeconds</c>.
/// Apply with <c>.WithIndexETag()</c> on a minimal-API endpoint or <c>[IndexETag]</c> on an MVC action.
/// </summary>
/// <remarks>
/// Weak (<c>W/</c>) because equal tags promise the same content, not the same bytes (tookMs differs between two
/// runs of one search). The build is part of the tag so a deployment that changes a response shape is not
/// answered from a client's stale copy. Thread-safe and stateless.
/// </remarks>
public static class IndexETag
{
    private static readonly string Build =
        typeof(IndexETag).Assembly.ManifestModule.ModuleVersionId.ToString("N") +
        typeof(NoteSearcher).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The tag for this request against this index version, on this day (in the site's time zone).</summary>
    /// <remarks>The day is part of it because relative date phrases (<c>yesterday</c>, <c>last month</c>) mean other days tomorrow.</remarks>
    public static EntityTagHeaderValue For(HttpRequest request, string indexVersion)
    {
        var options = request.HttpContext.RequestServices?.GetService<NoteSearcher>()?.Options ?? SearchOptions.Default;
        var today = DatePhrases.Today(options).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var source = Encoding.UTF8.GetBytes(Build + "\n" + indexVersion + "\n" + today + "\n" + RequestKey.Of(request));
        var hash = Convert.ToHexStringLower(SHA256.HashData(source).AsSpan(0, 16));
        return new EntityTagHeaderValue("\"" + hash + "\"", isWeak: true);
    }

    /// <summary>
    /// Computes the tag and arranges for it (with Cache-Control) to go out on a 200. Returns true when the client
    /// already holds this version: the caller then answers 304 and does no work.
    /// </summary>
    public static bool IsNotModified(HttpContext context)
    {
        var services = context.RequestServices;
        var version = services.GetRequiredService<NoteSearcher>().Current();
        var tag = For(context.Request, version);
        var maxAge = Math.Max(0, services.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue.CacheMaxAgeSeconds);
        var cacheControl = "public, max-age=" + maxAge.ToString(CultureInfo.InvariantCulture);
        var response = context.Response;
        if (ClientHas(context.Request, tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = tag.ToString();
            response.Headers.CacheControl = cacheControl;
            return true;
        }
        response.OnStarting(() =>
        {
            // Only a success is cacheable: an error or a rate-limit answer must not be stored under this tag.
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = tag.ToString();
                response.Headers.CacheControl = cacheControl;
            }
            return Task.CompletedTask;
        });
        return false;
    }

    private static bool ClientHas(HttpRequest request, EntityTagHeaderValue tag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
            return false;
        // TryParseList rather than GetTypedHeaders: a malformed header is simply "no match", never an error.
        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
            return false;
        return tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
    }
}
