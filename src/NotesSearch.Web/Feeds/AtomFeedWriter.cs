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
/// search page's URL, so each search is its own feed. An entry's content is the note's sanitised HTML with absolute
/// links (<c>type="html"</c>); its <c>published</c> is the note's date, its <c>updated</c> the note's last change
/// (<see cref="FeedNote.Updated"/>), so an edit reaches subscribers. Thread-safe (no state).
/// </summary>
public static class AtomFeedWriter
{
    /// <param name="site">The site's title (the feed's), intro (subtitle) and author (else the title is the author).</param>
    /// <param name="request">The search, as its page's URL names it.</param>
    /// <param name="results">Its results: one entry per hit.</param>
    /// <param name="notes">Each hit's HTML and times, by slug (<see cref="FeedNote.Load"/>); a hit missing here gets its summary.</param>
    /// <param name="topicLabels">Topic key → label, to title a topic's feed as its page does.</param>
    /// <param name="baseUri">The site's address (scheme and host), for absolute links and ids.</param>
    /// <param name="fallbackUpdated">The feed's updated time when it has no entries (the last index write).</param>
    public static byte[] Write(
        SiteInfo site, SearchRequest request, SearchResults results, IReadOnlyDictionary<string, FeedNote> notes,
        IReadOnlyDictionary<string, string> topicLabels, Uri baseUri, DateTimeOffset fallbackUpdated)
    {
        var pageUrl = new Uri(baseUri, SearchUrls.For(request with { Page = 1 }));
        var selfUrl = new Uri(baseUri, SearchUrls.For(request with { Page = 1 }, "/feed.xml"));
        var title = request.HasWords || request.Topics.Count > 0 || request.Sections.Count > 0 || request.Year is not null || request.From is not null || request.To is not null
            ? $"{site.Title}: {Describe(request, topicLabels)}"
            : site.Title;
        var entries = results.Hits.Select(hit => Entry(hit, notes.GetValueOrDefault(hit.Slug), baseUri)).ToList();
        title = XmlText.Clean(title);
        var updated = entries.Count == 0 ? fallbackUpdated : entries.Max(e => e.LastUpdatedTime);
        var feed = new SyndicationFeed(title, XmlText.Clean(site.Intro), pageUrl, pageUrl.AbsoluteUri, updated, entries)
        {
            Language = "en",
        };
        feed.Authors.Add(new SyndicationPerson { Name = XmlText.Clean(site.Author ?? site.Title) });
        feed.Links.Add(new SyndicationLink(selfUrl, "self", title, "application/atom+xml", 0));
        feed.Generator = "NotesSearch";

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(SearchHit hit, FeedNote? note, Uri baseUri)
    {
        var url = new Uri(baseUri, hit.Url);
        var date = note?.Published ?? new DateTimeOffset(hit.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var item = new SyndicationItem(XmlText.Clean(hit.Title), (SyndicationContent?)null, url, url.AbsoluteUri, note?.Updated ?? date)
        {
            PublishDate = date,
            Content = note is { Html.Length: > 0 }
                ? new TextSyndicationContent(XmlText.Clean(AbsoluteLinks.Resolve(note.Html, url)), TextSyndicationContentKind.Html)
                : hit.Summary.Length > 0 ? new TextSyndicationContent(XmlText.Clean(hit.Summary)) : null,
        };
        if (hit.Summary.Length > 0)
            item.Summary = new TextSyndicationContent(XmlText.Clean(hit.Summary));
        foreach (var topic in hit.Topics)
            item.Categories.Add(new SyndicationCategory(XmlText.Clean(topic.Key), null, XmlText.Clean(topic.Label)));
        return item;
    }

    private static string Describe(SearchRequest request, IReadOnlyDictionary<string, string> topicLabels)
    {
        var parts = new List<string>();
        if (request.HasWords)
            parts.Add($"“{request.Query}”");
        if (request.Sections.Count > 0)
            parts.Add("section " + string.Join(" or ", request.Sections));
        if (request.Topics.Count > 0)
            parts.Add("topic " + string.Join(" or ", request.Topics.Select(key => topicLabels.GetValueOrDefault(key, key))));
        if (request.Year is { } year)
            parts.Add(request.Month is { } month ? SearchPageModel.MonthName(year, month) : $"{year}");
        if (request.From is { } from)
            parts.Add($"from {from:yyyy-MM-dd}");
        if (request.To is { } to)
            parts.Add($"to {to:yyyy-MM-dd}");
        return string.Join(", ", parts);
    }
}
