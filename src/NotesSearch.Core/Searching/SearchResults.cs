using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: exactly the JSON the API returns and <c>notes search --json</c>
/// prints (serialised with <see cref="NotesJson.Options"/>), and what the site's views render.
/// </summary>
public sealed record SearchResults(
    string Query,
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean,
    bool Relaxed,
    string Interpreted,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The date phrases the query held (<c>in april 2026</c>) and the days they mean; null when it held none.</summary>
    public QueryDates? Dates { get; init; }

    /// <summary>
    /// The words as typed when nothing matched them and the hits are for the spelling correction in
    /// <see cref="DidYouMean"/> instead ("showing results for disaggregation, search instead for disagregation");
    /// null when the hits are for the words as typed. Never set for a <see cref="SearchRequest.Exact"/> request.
    /// </summary>
    public string? CorrectedFrom { get; init; }
}

/// <summary>One result. <see cref="Snippet"/> and <see cref="TitleHtml"/> are HTML: matches in &lt;mark&gt;, all else escaped.</summary>
public sealed record SearchHit(
    string Slug,
    string Title,
    DateOnly Date,
    IReadOnlyList<Topic> Topics,
    string Summary,
    string Snippet,
    float Score,
    string Url)
{
    /// <summary>The title with matched words in &lt;mark&gt;, everything else HTML-escaped.</summary>
    public string TitleHtml { get; init; } = System.Net.WebUtility.HtmlEncode(Title);

    /// <summary>The top-level folder the note is filed under; null when it has none.</summary>
    public Section? Section { get; init; }

    /// <summary>The id of the paragraph (list item, heading, code block) the snippet came from (<c>p-3fa2c1</c>); null when the snippet is not from the body.</summary>
    public string? Anchor { get; init; }

    /// <summary>
    /// The note's page with the searched words marked, scrolled to that paragraph: <c>/notes/{slug}?q=kv%20cache#p-3fa2c1</c>;
    /// <see cref="Url"/> when the search had no words.
    /// </summary>
    public string MatchUrl { get; init; } = Url;
}

/// <summary>Facet counts over all hits; each dimension counted without its own selection (multi-select).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Months)
{
    public static SearchFacets Empty { get; } = new([], [], []);

    /// <summary>Sections (top-level folders), most notes first; empty when no note has a section.</summary>
    public IReadOnlyList<FacetValue> Sections { get; init; } = [];
}

/// <summary>One facet value: "kv-cache" / "KV cache" / 4 notes / whether the request selected it.</summary>
public sealed record FacetValue(string Key, string Label, int Count, bool Selected);
