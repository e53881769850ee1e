using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Api.Protection;

/// <summary>
/// The built-in rate limiter, one token bucket per client address (IPv6 per /64, since one host usually owns a
/// whole /64), in two policies with their own buckets: <see cref="Policy"/> for the API (<see cref="ApiOptions.RateLimit"/>)
/// and <see cref="PagePolicy"/> for the site's pages that run a search (<see cref="PageRateLimitOptions"/>). Over the
/// limit: 429 and Retry-After, with a problem+json body on the API and the site's error page elsewhere.
/// </summary>
public static class ApiRateLimiting
{
    public const string Policy = "notes-api";

    /// <summary>The policy of the search page, the feed and note pages: put <c>[EnableRateLimiting(PagePolicy)]</c> on them.</summary>
    public const string PagePolicy = "notes-pages";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PageRateLimitOptions>(configuration.GetSection(PageRateLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptionsMonitor<ApiOptions>, IOptionsMonitor<PageRateLimitOptions>>((limiter, api, pages) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(Policy, context => Partition(context, api.CurrentValue.RateLimit));
            limiter.AddPolicy(PagePolicy, context => Partition(context, pages.CurrentValue));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions settings)
    {
        var address = context.Connection.RemoteIpAddress;
        // A null address is an in-process client (the test server): as local as loopback.
        var local = address is null || IPAddress.IsLoopback(address);
        if (!settings.Enabled || (local && settings.ExemptLoopback))
            return RateLimitPartition.GetNoLimiter("exempt");
        return RateLimitPartition.GetTokenBucketLimiter(ClientKey(address), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, settings.Burst),
            TokensPerPeriod = Math.Max(1, settings.PermitsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static string ClientKey(IPAddress? address)
    {
        if (address is null)
            return "local";
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancel)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // A page gets no body here: the site's status-code pages render its friendly 429 page.
        if (!context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi"))
            return;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.TooManyRequests(seconds),
        });
    }
}
