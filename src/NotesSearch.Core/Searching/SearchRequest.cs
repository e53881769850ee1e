using System.Globalization;

namespace NotesSearch.Core.Searching;

/// <summary>
/// One search, as the CLI, the site and the API all ask it. Immutable; <see cref="Validate"/> names
/// every bad parameter so each front end can answer in its own way (a 400, a message, a clamp).
/// </summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    /// <summary>Deepest page served: past it the answer is empty with a warning (deep paging is a scraper's game).</summary>
    public const int MaxPage = 1000;

    /// <summary>The query text in the query language; empty lists every note.</summary>
    public string Query { get; init; } = "";

    /// <summary>Topic keys; several are ORed.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Section keys (top-level folders); several are ORed.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    public int? Year { get; init; }

    /// <summary>1..12, only with <see cref="Year"/>.</summary>
    public int? Month { get; init; }

    /// <summary>Inclusive first day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Inclusive last day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Null means the default: relevance with words, newest without.</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// True (the default): when no note has every word, search for any word and say so; apply synonyms and the
    /// proximity boost. False: read the query literally, as Lucene's reference setup does (title, summary and
    /// body; no synonyms, no relaxing), so hit counts agree with it — the benchmark's strict mode.
    /// </summary>
    public bool Relax { get; init; } = true;

    /// <summary>
    /// Search as you type (what the site's script sends while the reader types): the last word, unless followed by a
    /// space, also matches as a prefix (<c>disag</c> finds "disaggregation"), ranked below notes holding the whole word.
    /// False (a submitted search): every word is exact unless it ends in <c>*</c>.
    /// </summary>
    public bool PrefixLast { get; init; }

    /// <summary>
    /// The words exactly as typed: when nothing matches them, the hits are not replaced by those of a spelling
    /// correction (which is still offered as <see cref="SearchResults.DidYouMean"/>). The "search instead for" link.
    /// </summary>
    public bool Exact { get; init; }

    public bool HasWords => !string.IsNullOrWhiteSpace(Query);

    /// <summary>The order this request gets once defaults are applied.</summary>
    public SearchSort EffectiveSort => Sort ?? (HasWords ? SearchSort.Relevance : SearchSort.Newest);

    /// <summary>Every parameter that is out of range, as (parameter name, what is wrong).</summary>
    public IReadOnlyList<(string Parameter, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (PageSize is < 1 or > MaxPageSize)
            errors.Add(("pageSize", $"pageSize must be between 1 and {MaxPageSize}."));
        if (Page < 1)
            errors.Add(("page", "page must be 1 or more."));
        if (Month is not null && (Month < 1 || Month > 12))
            errors.Add(("month", "month must be between 1 and 12."));
        if (Month is not null && Year is null)
            errors.Add(("month", "month needs a year."));
        if (Year is not null && (Year < 1 || Year > 9999))
            errors.Add(("year", "year must be between 1 and 9999."));
        if (From is { } from && To is { } to && from > to)
            errors.Add(("from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})."));
        return errors;
    }

    /// <summary>Parses a sort name (relevance, newest, oldest; any case); null when it is none of them.</summary>
    public static SearchSort? ParseSort(string? value) =>
        Enum.TryParse<SearchSort>(value, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(value, out _)
            ? sort
            : null;

    /// <summary>Parses YYYY-MM-DD (one-digit month or day allowed); null when it is not a date.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
