using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NotesSearch.Web.Tests.Site;

/// <summary>HEAD is answered wherever GET is: same status and headers, no body (uptime and link checkers use it).</summary>
public sealed partial class HeadRequestTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private readonly HttpClient client = site.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>A value for each route parameter, so every route can be asked for something that exists.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["slug"] = "turboquant-kv-cache",
        ["code"] = "404",
        ["key"] = "kv-cache",
    };

    [Fact]
    public async Task EveryGetRouteAnswersHeadWithTheSameStatusAndNoBody()
    {
        var urls = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains(HttpMethods.Get))
            .Select(e => UrlOf(e.RoutePattern.RawText ?? ""))
            .Concat(["/css/site.css", "/js/site.js", "/favicon.ico", "/?q=kv+cache", "/feed.xml?topic=kv-cache"])
            .Distinct()
            .ToList();
        Assert.Contains("/api/search", urls);
        Assert.Contains("/notes/turboquant-kv-cache", urls);

        var answers = new List<string>();
        foreach (var url in urls)
        {
            using var get = await client.GetAsync(url);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            var body = await head.Content.ReadAsByteArrayAsync();
            answers.Add($"{url} GET {(int)get.StatusCode} HEAD {(int)head.StatusCode} {head.Content.Headers.ContentType} body {body.Length}");
            Assert.True(get.StatusCode == head.StatusCode && get.Content.Headers.ContentType?.MediaType == head.Content.Headers.ContentType?.MediaType && body.Length == 0,
                $"{url}: GET {(int)get.StatusCode} {get.Content.Headers.ContentType}, HEAD {(int)head.StatusCode} {head.Content.Headers.ContentType} with {body.Length} bytes");
        }
        Assert.DoesNotContain(answers, a => a.Contains("HEAD 405", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverARealConnectionHeadSendsHeadersOnlyAndTheConnectionStaysUsable()
    {
        await using var served = new NotesSiteFactory();
        var address = served.StartKestrel();
        await ((IAsyncLifetime)served).InitializeAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var request = $"HEAD /feed.xml HTTP/1.1\r\nHost: {address.Authority}\r\n\r\nGET /healthz HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();

        // Two answers, and the second starts right after the first one's headers: the HEAD sent no body.
        var statuses = StatusLine().Matches(text).Select(m => m.Value).ToArray();
        Assert.Equal(["HTTP/1.1 200 OK", "HTTP/1.1 200 OK"], statuses);
        var heads = text.Split("\r\n\r\n", 2);
        Assert.Contains("application/atom+xml", heads[0], StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200 OK", heads[1], StringComparison.Ordinal);
        Assert.EndsWith("notes", text.TrimEnd(), StringComparison.Ordinal);
    }

    private static string UrlOf(string pattern)
    {
        var url = Parameter().Replace(pattern, m => Samples.GetValueOrDefault(m.Groups["name"].Value, "x"));
        return url.StartsWith('/') ? url : "/" + url;
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"HTTP/1\.1 \d{3} [A-Za-z ]+?(?=\r\n)")]
    private static partial Regex StatusLine();
}
