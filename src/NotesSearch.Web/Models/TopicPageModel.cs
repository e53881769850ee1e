using System.Globalization;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>
/// A topic's page: <see cref="TopicTimeline"/> with one bar per month laid out for a server-rendered SVG chart, from the
/// topic's first month to its last (empty months included, so gaps show) as long as that is at most
/// <see cref="MaxBars"/> months; a longer span draws only the months that have notes, and says so.
/// </summary>
public sealed record TopicPageModel(TopicTimeline Timeline, IReadOnlyList<TopicBar> Bars, bool GapsLeftOut) : ILayoutModel
{
    /// <summary>Most bars drawn with the empty months between them (twenty years).</summary>
    public const int MaxBars = 240;

    public const double ChartHeight = 120;
    public const double BarWidth = 26;
    public const double Gap = 8;
    public const double LabelSpace = 36;
    public const double CountSpace = 14;

    public string Title => $"{Timeline.Label} — topic";

    public string? FeedUrl => SearchUrls.For(new SearchRequest { Topics = [Timeline.Key] }, "/feed.xml");

    public double ChartWidth => Math.Max(1, Bars.Count) * (BarWidth + Gap);

    /// <summary>The search listing every note of the topic, newest first.</summary>
    public string AllNotesUrl => SearchUrls.For(new SearchRequest { Topics = [Timeline.Key], Sort = SearchSort.Newest });

    /// <summary>The topic page of another topic.</summary>
    public static string UrlOf(string key) => "/topics/" + Uri.EscapeDataString(key);

    public static TopicPageModel From(TopicTimeline timeline)
    {
        var months = timeline.Months;
        var max = months.Count == 0 ? 0 : months.Max(m => m.Count);
        var counts = months.ToDictionary(m => new DateOnly(m.Year, m.Month, 1), m => m.Count);
        var first = months.Count == 0 ? default : new DateOnly(months[0].Year, months[0].Month, 1);
        var last = months.Count == 0 ? default : new DateOnly(months[^1].Year, months[^1].Month, 1);
        var span = months.Count == 0 ? 0 : (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        var gaps = span <= MaxBars;
        IEnumerable<DateOnly> drawn = gaps
            ? Enumerable.Range(0, span).Select(first.AddMonths)
            : counts.Keys.Order();
        var bars = new List<TopicBar>();
        foreach (var month in drawn)
        {
            var count = counts.GetValueOrDefault(month);
            var height = max == 0 ? 0 : Math.Round(ChartHeight * count / max, 1);
            var url = SearchUrls.For(new SearchRequest { Topics = [timeline.Key], Year = month.Year, Month = month.Month });
            bars.Add(new TopicBar(month, count, bars.Count * (BarWidth + Gap), CountSpace + ChartHeight - height, height, url));
        }
        return new TopicPageModel(timeline, bars, !gaps);
    }

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>One month's bar on a topic page: where it is drawn and the search (this topic, that month) it links to.</summary>
public sealed record TopicBar(DateOnly Month, int Count, double X, double Y, double Height, string Url)
{
    /// <summary>"April 2026: 3 notes".</summary>
    public string Label => Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture) + ": " +
        (Count == 1 ? "1 note" : Count.ToString(CultureInfo.InvariantCulture) + " notes");

    /// <summary>"Apr 2026".</summary>
    public string ShortLabel => Month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
