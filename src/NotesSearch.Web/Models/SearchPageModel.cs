using System.Globalization;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Catalog;

namespace NotesSearch.Web.Models;

/// <summary>The search page: the request as read from the URL, its results, and what had to be fixed in the URL.</summary>
public sealed record SearchPageModel(
    SearchRequest Request,
    SearchResults Results,
    IReadOnlyList<string> Notices,
    IReadOnlyList<TopicCount> PopularTopics,
    IReadOnlyDictionary<string, string> TopicLabels) : ILayoutModel
{
    public string Title => Request.HasWords ? $"{Request.Query} — search" : "Newest notes";

    public string? FeedUrl => SearchUrls.For(Request with { Page = 1, PageSize = SearchRequest.DefaultPageSize }, "/feed.xml");

    public bool IsSearch => true;

    /// <summary>The home page: no words, no filters, the first page (where "On this day" is shown).</summary>
    public bool IsHome => !Request.HasWords && !HasFilters && Request.Page == 1;

    /// <summary>Notes from around today in earlier years, on the home page; null elsewhere.</summary>
    public OnThisDay? OnThisDay { get; init; }

    public bool HasFilters => Request.Topics.Count > 0 || Request.Sections.Count > 0 || Request.Year is not null || Request.From is not null || Request.To is not null ||
        Results.Dates is not null;

    /// <summary>The same words with no filter: no topic, section or dates, neither chosen nor written in the query.</summary>
    public string ClearFiltersUrl => Url(new SearchRequest { Query = Results.Dates?.QueryWithout ?? Request.Query, Sort = Request.Sort });

    public int TotalPages => Results.Total == 0 ? 0 : (Results.Total + Request.PageSize - 1) / Request.PageSize;

    /// <summary>A page number past the last page: there are notes, just none this far.</summary>
    public bool PastTheEnd => Results.Hits.Count == 0 && Results.Total > 0;

    /// <summary>
    /// "12 notes for “kv”", "1 note", "No notes match “kv” with these filters": for the aria-live count. The one place a
    /// page with no results says so (the rest of it says what to try).
    /// </summary>
    public string CountText => Results.Total switch
    {
        0 => "No notes match" + (Request.HasWords ? $" “{Request.Query}”" : "") + (HasFilters ? " with these filters" : ""),
        1 => "1 note" + For,
        var n => string.Create(CultureInfo.InvariantCulture, $"{n} notes") + For,
    };

    private string For => Request.HasWords ? $" for “{ShownQuery}”" : "";

    /// <summary>Nothing found (and not merely a page past the end): no results heading, no sort, only what to try.</summary>
    public bool NothingFound => Results.Total == 0;

    /// <summary>
    /// The orders worth offering: relevance only when there are words to be relevant to (without them every note scores
    /// the same and the list is newest first).
    /// </summary>
    public IReadOnlyList<SearchSort> SortChoices =>
        Request.HasWords ? Enum.GetValues<SearchSort>() : [SearchSort.Newest, SearchSort.Oldest];

    /// <summary>The order the list is really in: without words, relevance is newest first.</summary>
    public SearchSort CurrentSort => !Request.HasWords && Request.EffectiveSort == SearchSort.Relevance ? SearchSort.Newest : Request.EffectiveSort;

    /// <summary>Requested topic keys that no note has (a mistyped or old link): said in words, never shown as a facet.</summary>
    public IReadOnlyList<string> UnknownTopics =>
        Request.Topics.Where(t => !TopicLabels.ContainsKey(Topic.KeyOf(t))).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The topic facet as shown: without the unknown topics (a "✓ nonexistent-topic 0" helps nobody).</summary>
    public IReadOnlyList<FacetValue> TopicFacet =>
        Results.Facets.Topics.Where(t => !(t.Selected && t.Count == 0 && !TopicLabels.ContainsKey(t.Key))).ToArray();

    /// <summary>What the hits are for: the query as typed, or the spelling correction shown in its place.</summary>
    public string ShownQuery => Results.CorrectedFrom is not null && Results.DidYouMean is { } corrected ? corrected : Request.Query;

    public string Url(SearchRequest request) => SearchUrls.For(request);

    /// <summary>
    /// Why a hit with no marked word matched: its topics that share a word with the query ("KV cache" for "cache"),
    /// since topics are searched but never part of the snippet. Empty when the snippet or title shows a match, or
    /// when no topic explains it.
    /// </summary>
    public IReadOnlyList<Topic> MatchedTopics(SearchHit hit)
    {
        if (!Request.HasWords || hit.Snippet.Contains("<mark>", StringComparison.Ordinal) || hit.TitleHtml.Contains("<mark>", StringComparison.Ordinal))
            return [];
        var words = TopicHint.Words(Request.Query);
        return hit.Topics.Where(topic => TopicHint.Shares(words, topic)).ToArray();
    }

    public string TopicLabel(string key) => TopicLabels.TryGetValue(key, out var label) ? label : key;

    /// <summary>
    /// Whether the section facet is worth a block: not for flat content (no sections), nor for one section holding
    /// every hit (a site whose notes all sit in <c>posts/</c>): it could narrow nothing. A selected section always shows.
    /// </summary>
    public bool ShowSections => Results.Facets.Sections.Count > 1 || Results.Facets.Sections.Any(s => s.Selected || s.Count < Results.Total);

    /// <summary>A section's label as its folder is written (selected sections are always in the facet).</summary>
    public string SectionLabel(string key) => Results.Facets.Sections.FirstOrDefault(s => s.Key == key)?.Label ?? key;

    /// <summary>Each active filter, with the link that removes it.</summary>
    public IReadOnlyList<FilterChip> Chips
    {
        get
        {
            var chips = Request.Sections
                .Select(section => new FilterChip($"Section: {SectionLabel(section)}", Url(Request.ToggleSection(section))))
                .Concat(Request.Topics.Select(topic => new FilterChip($"Topic: {TopicLabel(topic)}", Url(Request.ToggleTopic(topic)))))
                .ToList();
            if (Request.Year is { } year)
            {
                chips.Add(Request.Month is { } month
                    ? new FilterChip($"Month: {MonthName(year, month)}", Url(Request with { Month = null, Page = 1 }))
                    : new FilterChip($"Year: {year}", Url(Request with { Year = null, Page = 1 })));
            }
            if (Request.From is { } from)
                chips.Add(new FilterChip($"From {from:yyyy-MM-dd}", Url(Request with { From = null, Page = 1 })));
            if (Request.To is { } to)
                chips.Add(new FilterChip($"To {to:yyyy-MM-dd}", Url(Request with { To = null, Page = 1 })));
            // Dates written in the query ("in april 2026"): removing the chip searches the same words without them.
            if (Results.Dates is { } dates)
                chips.Add(new FilterChip($"Dates: {dates.Label}", Url(Request with { Query = dates.QueryWithout, Page = 1 })));
            return chips;
        }
    }

    /// <summary>The month facet values within the selected year (none until a year is chosen).</summary>
    public IEnumerable<FacetValue> MonthsOfSelectedYear =>
        Request.Year is { } year
            ? Results.Facets.Months.Where(m => m.Key.StartsWith(year.ToString(CultureInfo.InvariantCulture) + "-", StringComparison.Ordinal))
            : [];

    /// <summary>The link a year facet value leads to; the value itself when its key is not a year.</summary>
    public string YearUrl(FacetValue value) =>
        int.TryParse(value.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? Url(Request.ToggleYear(year)) : Url(Request);

    /// <summary>The link a month facet value ("2026-03") leads to.</summary>
    public string MonthUrl(FacetValue value) =>
        DateOnly.TryParseExact(value.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Url(Request.ToggleMonth(day.Year, day.Month))
            : Url(Request);

    /// <summary>Page numbers to offer: the first, the last, and two either side of this one.</summary>
    public IReadOnlyList<int> PageNumbers =>
        Enumerable.Range(1, TotalPages)
            .Where(n => n == 1 || n == TotalPages || Math.Abs(n - Request.Page) <= 2)
            .ToArray();

    public static string MonthName(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>An active filter as a removable chip.</summary>
public sealed record FilterChip(string Label, string RemoveUrl);
