using System.Net;
using Microsoft.AspNetCore.Http;
using NotesSearch.Web.Tests.Api;

namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// Issue 15 §1: behind nginx every request comes from 127.0.0.1, which the page rate limit exempts by default. The
/// client named in X-Forwarded-For by a proxy on this host (or a configured one) gets its own bucket; the header
/// from anyone else is ignored.
/// </summary>
public sealed class ForwardedClientTests(ForwardedClientTests.TightPagesBehindProxyFactory site) : IClassFixture<ForwardedClientTests.TightPagesBehindProxyFactory>
{
    private static readonly IPAddress LocalProxy = IPAddress.Loopback;
    private static readonly IPAddress OtherMachineProxy = IPAddress.Parse("192.0.2.10");

    [Fact]
    public async Task ClientsBehindTheLocalProxyAreLimitedEachOnTheirOwnWhileTheProxyItselfIsNot()
    {
        var firstLimited = await LimitedAsync(LocalProxy, "203.0.113.1");
        var second = await StatusAsync(LocalProxy, "203.0.113.2");
        var proxyItself = new List<int>();
        for (var i = 0; i < 8; i++)
            proxyItself.Add(await StatusAsync(LocalProxy, forwardedFor: null));

        Assert.True(firstLimited, "a client behind the proxy was never limited");
        Assert.Equal(200, second);
        Assert.All(proxyItself, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task AForwardedAddressFromAClientThatIsNoKnownProxyIsIgnored()
    {
        // A remote client claiming to be local is limited by its own address.
        var claimingLoopbackLimited = await LimitedAsync(IPAddress.Parse("198.51.100.7"), "127.0.0.1");
        // Two "clients" through it are one: the header is not believed, so the second shares the first one's empty bucket.
        var remote = IPAddress.Parse("198.51.100.8");
        var firstLimited = await LimitedAsync(remote, "203.0.113.3");
        var second = await StatusAsync(remote, "203.0.113.4");

        Assert.True(claimingLoopbackLimited, "a remote client was taken for a local one");
        Assert.True(firstLimited);
        Assert.Equal(429, second);
    }

    [Fact]
    public async Task AProxyOnAnotherMachineIsBelievedOnceConfigured()
    {
        var firstLimited = await LimitedAsync(OtherMachineProxy, "203.0.113.5");
        var second = await StatusAsync(OtherMachineProxy, "203.0.113.6");

        Assert.True(firstLimited);
        Assert.Equal(200, second);
    }

    /// <summary>Searches from <paramref name="peer"/> for <paramref name="forwardedFor"/> until one is refused (at most 20): true if one was.</summary>
    private async Task<bool> LimitedAsync(IPAddress peer, string forwardedFor)
    {
        for (var i = 0; i < 20; i++)
        {
            if (await StatusAsync(peer, forwardedFor) == StatusCodes.Status429TooManyRequests)
                return true;
        }
        return false;
    }

    /// <summary>The status of one search page from <paramref name="peer"/>, forwarding for <paramref name="forwardedFor"/>.</summary>
    private async Task<int> StatusAsync(IPAddress peer, string? forwardedFor)
    {
        var context = await site.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = "/";
            request.Request.QueryString = new QueryString("?q=cache");
            request.Connection.RemoteIpAddress = peer;
            if (forwardedFor is not null)
                request.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return context.Response.StatusCode;
    }

    /// <summary>Pages: a bucket of 3 that refills one token a second; loopback exempt (the default); one proxy configured.</summary>
    public sealed class TightPagesBehindProxyFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Pages:RateLimit:ExemptLoopback"] = "true",
            ["Pages:RateLimit:Burst"] = "3",
            ["Pages:RateLimit:PermitsPerSecond"] = "1",
            ["ForwardedHeaders:KnownProxies:0"] = "192.0.2.10",
        };
    }
}
