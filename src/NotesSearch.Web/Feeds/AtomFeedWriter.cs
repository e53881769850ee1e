using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Feeds;

/// <summary>
/// Writes a search's results as an Atom 1.0 feed: the newest notes, or the notes of any search (a feed of a
/// topic, of a phrase). Ids are the absolute note URLs, which never change for a note; the feed's id is the
/// search page's URL, so each search is its own feed. Thread-safe (no state).
/// </summary>
public static class AtomFeedWriter
{
    public static byte[] Write(SiteInfo site, SearchRequest request, SearchResults results, Uri baseUri, DateTimeOffset fallbackUpdated)
    {
        var pageUrl = new Uri(baseUri, SearchUrls.For(request with { Page = 1 }));
        var selfUrl = new Uri(baseUri, SearchUrls.For(request with { Page = 1 }, "/feed.xml"));
        var title = request.HasWords || request.Topics.Count > 0 || request.Sections.Count > 0 || request.Year is not null || request.From is not null || request.To is not null
            ? $"{site.Title}: {Describe(request)}"
            : site.Title;
        var entries = results.Hits.Select(hit => Entry(hit, baseUri)).ToList();
        title = XmlText.Clean(title);
        var feed = new SyndicationFeed(title, XmlText.Clean(site.Intro), pageUrl, pageUrl.AbsoluteUri, Updated(results, fallbackUpdated), entries)
        {
            Language = "en",
        };
        feed.Authors.Add(new SyndicationPerson { Name = XmlText.Clean(site.Title) });
        feed.Links.Add(new SyndicationLink(selfUrl, "self", title, "application/atom+xml", 0));
        feed.Generator = "NotesSearch";

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(SearchHit hit, Uri baseUri)
    {
        var url = new Uri(baseUri, hit.Url);
        var date = new DateTimeOffset(hit.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var item = new SyndicationItem(XmlText.Clean(hit.Title), hit.Summary.Length > 0 ? XmlText.Clean(hit.Summary) : null, url, url.AbsoluteUri, date)
        {
            PublishDate = date,
        };
        foreach (var topic in hit.Topics)
            item.Categories.Add(new SyndicationCategory(XmlText.Clean(topic.Key), null, XmlText.Clean(topic.Label)));
        return item;
    }

    /// <summary>Atom's feed-level updated: the newest entry's date, else when the index was last written.</summary>
    private static DateTimeOffset Updated(SearchResults results, DateTimeOffset fallback) =>
        results.Hits.Count == 0
            ? fallback
            : new DateTimeOffset(results.Hits.Max(h => h.Date).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Describe(SearchRequest request)
    {
        var parts = new List<string>();
        if (request.HasWords)
            parts.Add($"“{request.Query}”");
        if (request.Sections.Count > 0)
            parts.Add("section " + string.Join(" or ", request.Sections));
        if (request.Topics.Count > 0)
            parts.Add("topic " + string.Join(" or ", request.Topics));
        if (request.Year is { } year)
            parts.Add(request.Month is { } month ? SearchPageModel.MonthName(year, month) : $"{year}");
        if (request.From is { } from)
            parts.Add($"from {from:yyyy-MM-dd}");
        if (request.To is { } to)
            parts.Add($"to {to:yyyy-MM-dd}");
        return string.Join(", ", parts);
    }
}
