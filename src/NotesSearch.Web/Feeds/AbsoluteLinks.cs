using AngleSharp.Html.Parser;

namespace NotesSearch.Web.Feeds;

/// <summary>
/// A note's HTML with every link and image made absolute: a feed reader shows an entry away from the site, where
/// <c>/notes/x</c> or <c>chart.png</c> would point nowhere (and many readers ignore <c>xml:base</c>).
/// Thread-safe (a parser per call).
/// </summary>
public static class AbsoluteLinks
{
    private static readonly (string Selector, string Attribute)[] Urls = [("a[href]", "href"), ("img[src]", "src"), ("q[cite]", "cite"), ("blockquote[cite]", "cite")];

    /// <summary><paramref name="html"/> with its relative URLs resolved against <paramref name="page"/> (the note's own URL).</summary>
    public static string Resolve(string html, Uri page)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        foreach (var (selector, attribute) in Urls)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                // A fragment stays as it is: it points into the entry itself.
                if (value.StartsWith('#') || !Uri.TryCreate(page, value, out var absolute))
                    continue;
                element.SetAttribute(attribute, absolute.AbsoluteUri);
            }
        }
        return document.Body!.InnerHtml;
    }
}
