using System.Globalization;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Catalog;

namespace NotesSearch.Web.Models;

/// <summary>
/// The timeline: one bar per month from the first note to the last (empty months included, so gaps show),
/// laid out for a server-rendered SVG chart. Geometry is computed here so the view only draws.
/// </summary>
public sealed record ArchivePageModel(IReadOnlyList<ArchiveBar> Bars, int MaxCount) : ILayoutModel
{
    /// <summary>The chart's coordinate space; the SVG scales to its container through its viewBox.</summary>
    public const double ChartHeight = 160;
    public const double BarWidth = 16;
    public const double Gap = 4;
    public const double LabelSpace = 20;

    public string Title => "Archive";

    public double ChartWidth => Math.Max(1, Bars.Count) * (BarWidth + Gap);

    public IEnumerable<IGrouping<int, ArchiveBar>> Years => Bars.GroupBy(bar => bar.Month.Year);

    public static ArchivePageModel From(IReadOnlyList<MonthCount> months)
    {
        if (months.Count == 0)
            return new ArchivePageModel([], 0);
        var counts = months.ToDictionary(m => m.Month, m => m.Count);
        var max = months.Max(m => m.Count);
        var bars = new List<ArchiveBar>();
        for (var month = months[0].Month; month <= months[^1].Month; month = month.AddMonths(1))
        {
            var count = counts.GetValueOrDefault(month);
            var height = max == 0 ? 0 : Math.Round(ChartHeight * count / max, 1);
            var x = bars.Count * (BarWidth + Gap);
            var url = SearchUrls.For(new SearchRequest { Year = month.Year, Month = month.Month });
            bars.Add(new ArchiveBar(month, count, x, ChartHeight - height, height, url));
        }
        return new ArchivePageModel(bars, max);
    }
}

/// <summary>One month's bar: where it is drawn and the search it links to.</summary>
public sealed record ArchiveBar(DateOnly Month, int Count, double X, double Y, double Height, string Url)
{
    public string Label => Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture) + ": " +
        (Count == 1 ? "1 note" : Count.ToString(CultureInfo.InvariantCulture) + " notes");

    public string ShortMonth => Month.ToString("MMM", CultureInfo.InvariantCulture);
}
