using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Api.Protection;

/// <summary>
/// The built-in rate limiter, one token bucket per client address (IPv6 per /64, since one host usually owns a
/// whole /64). Over the limit: 429, Retry-After, and a problem+json body. Settings from <see cref="ApiRateLimitOptions"/>.
/// </summary>
public static class ApiRateLimiting
{
    public const string Policy = "notes-api";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptionsMonitor<ApiOptions>>((limiter, api) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(Policy, context => Partition(context, api.CurrentValue.RateLimit));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, ApiRateLimitOptions settings)
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
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.TooManyRequests(seconds),
        });
    }
}
