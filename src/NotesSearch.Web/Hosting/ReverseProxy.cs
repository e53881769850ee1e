using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// The client's address behind a reverse proxy (deploy/nginx): every request then comes from the proxy, and the
/// client's address is the last entry of <c>X-Forwarded-For</c>. It is believed only from loopback (ASP.NET Core's
/// default known proxies, 127.0.0.0/8 and ::1) and from the addresses in <c>ForwardedHeaders:KnownProxies</c> (a
/// proxy on another machine), so a client cannot name its own address to slip past the per-client rate limits or to
/// be taken for a local one. Only the last hop is read (ForwardLimit 1): the address the proxy itself saw.
/// <c>X-Forwarded-Proto</c> is read too, so links built from the request (the feeds) keep the proxy's https.
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var text in configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [])
                {
                    options.KnownProxies.Add(IPAddress.TryParse(text, out var address)
                        ? address
                        : throw new InvalidOperationException($"{KnownProxiesKey}: '{text}' is not an IP address"));
                }
            })
            // A misspelt proxy address stops the start with that message, rather than failing every request.
            .ValidateOnStart();
        return services;
    }
}
