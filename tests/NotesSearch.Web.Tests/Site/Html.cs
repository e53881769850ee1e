using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NotesSearch.Web.Tests.Site;

/// <summary>Fetches a page and parses it with AngleSharp, so tests assert on elements, not on strings.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode}, expected {(int)expected}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        return Parser.ParseDocument(html);
    }

    public static string[] Texts(this IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToArray();

    public static string[] Hrefs(this IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.GetAttribute("href") ?? "").ToArray();
}
