using System.Globalization;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Catalog;

namespace NotesSearch.Web.Models;

/// <summary>
/// The timeline: one bar per month from the first note to the last (empty months included, so gaps show), each
/// labelled with its month and count, laid out for a server-rendered SVG chart (geometry here, so the view only
/// draws); and below it the notes of each month, newest first, up to <see cref="MaxListed"/> notes.
/// </summary>
public sealed record ArchivePageModel(IReadOnlyList<ArchiveBar> Bars, int MaxCount) : ILayoutModel
{
    /// <summary>The chart's coordinate space, in CSS pixels: the chart keeps this size and scrolls in its own box.</summary>
    public const double ChartHeight = 140;
    public const double BarWidth = 26;
    public const double Gap = 8;

    /// <summary>Room above the tallest bar for its count.</summary>
    public const double TopSpace = 18;

    /// <summary>Room under the axis for the month and the year.</summary>
    public const double LabelSpace = 36;

    /// <summary>How many notes the page lists below the chart (the newest); older months link to their search.</summary>
    public const int MaxListed = 500;

    public string Title => "Archive";

    public double ChartWidth => Math.Max(1, Bars.Count) * (BarWidth + Gap);

    /// <summary>The axis's y: bars stand on it.</summary>
    public static double Bottom => TopSpace + ChartHeight;

    public static double Height => Bottom + LabelSpace;

    /// <summary>The months with notes, newest first, grouped by year (newest first).</summary>
    public IEnumerable<IGrouping<int, ArchiveBar>> Years =>
        Bars.Where(bar => bar.Count > 0).Reverse().GroupBy(bar => bar.Month.Year);

    /// <summary>The listed notes by month (the newest <see cref="MaxListed"/>).</summary>
    public IReadOnlyDictionary<DateOnly, IReadOnlyList<SearchHit>> Notes { get; init; } = new Dictionary<DateOnly, IReadOnlyList<SearchHit>>();

    /// <summary>Whether some notes are not listed (only linked, through their month's search).</summary>
    public bool ListCut { get; init; }

    public static ArchivePageModel From(IReadOnlyList<MonthCount> months, IEnumerable<SearchHit>? newest = null, bool listCut = false)
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
            bars.Add(new ArchiveBar(month, count, x, Bottom - height, height, url));
        }
        var notes = (newest ?? [])
            .GroupBy(hit => new DateOnly(hit.Date.Year, hit.Date.Month, 1))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SearchHit>)g.ToArray());
        return new ArchivePageModel(bars, max) { Notes = notes, ListCut = listCut };
    }

    /// <summary>The listed notes of a month; empty when the month is past the list's end.</summary>
    public IReadOnlyList<SearchHit> NotesOf(ArchiveBar bar) => Notes.GetValueOrDefault(bar.Month) ?? [];
}

/// <summary>One month's bar: where it is drawn and the search it links to.</summary>
public sealed record ArchiveBar(DateOnly Month, int Count, double X, double Y, double Height, string Url)
{
    public string Label => Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture) + ": " + CountText;

    public string CountText => Count == 1 ? "1 note" : Count.ToString(CultureInfo.InvariantCulture) + " notes";

    public string ShortMonth => Month.ToString("MMM", CultureInfo.InvariantCulture);

    public string LongMonth => Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The middle of the bar, where its labels are centred.</summary>
    public double Centre => X + ArchivePageModel.BarWidth / 2;
}
