using System.Globalization;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api;

/// <summary>
/// Reads <c>/api/search</c>'s query string into a <see cref="SearchRequest"/>. Every value is read as text and checked
/// here, so a bad value becomes a 400 naming its parameter and never a model-binding failure. An empty value
/// (<c>year=</c>, as an HTML form sends an untouched field) counts as absent.
/// </summary>
public static class SearchQueryBinder
{
    /// <summary>At most this many <c>section=</c> values in one search.</summary>
    public const int MaxSections = 20;

    /// <summary>The request, or every bad parameter with what is wrong with it.</summary>
    public static (SearchRequest? Request, ApiErrors Errors) Bind(IQueryCollection query)
    {
        var errors = new ApiErrors();
        var year = Integer(query, "year", errors);
        var month = Integer(query, "month", errors);
        var page = Integer(query, "page", errors);
        var pageSize = Integer(query, "pageSize", errors);
        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        SearchSort? sort = null;
        if (Single(query, "sort", errors) is { } sortText)
        {
            sort = SearchRequest.ParseSort(sortText);
            if (sort is null)
                errors.Add("sort", $"sort must be relevance, newest or oldest, not '{sortText}'.");
        }
        var topics = query["topic"]
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => Topic.KeyOf(t!))
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var sections = Sections(query, errors);
        var prefixLast = Boolean(query, "prefixLast", errors);
        var exact = Boolean(query, "exact", errors);
        var request = new SearchRequest
        {
            Query = string.Join(' ', query["q"].Where(q => q is not null)),
            Topics = topics,
            Sections = sections,
            Year = year,
            Month = month,
            From = from,
            To = to,
            Sort = sort,
            Page = page ?? 1,
            PageSize = pageSize ?? SearchRequest.DefaultPageSize,
            PrefixLast = prefixLast ?? false,
            Exact = exact ?? false,
        };
        // Range rules live in SearchRequest, shared with the CLI and the site; only add those not already named.
        foreach (var (parameter, message) in request.Validate())
        {
            if (!errors.Contains(parameter))
                errors.Add(parameter, message);
        }
        return errors.Count == 0 ? (request, errors) : (null, errors);
    }

    /// <summary>
    /// Section keys, sorted (so the cache key ignores their order). Unlike a topic, a section value that names no
    /// possible section (no letter or digit) is a 400: a section is picked from the facet, never typed loosely.
    /// </summary>
    private static string[] Sections(IQueryCollection query, ApiErrors errors)
    {
        var values = query["section"].Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        if (values.Length > MaxSections)
        {
            errors.Add("section", $"section may be given at most {MaxSections} times.");
            return [];
        }
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var key = Section.KeyOf(value!);
            if (key.Length == 0)
                errors.Add("section", $"section '{Shorten(value!)}' has no letter or digit: use a key from facets.sections.");
            else
                keys.Add(key);
        }
        return [.. keys];
    }

    private static string? Single(IQueryCollection query, string name, ApiErrors errors)
    {
        var values = query[name];
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToArray();
        if (given.Length > 1)
        {
            errors.Add(name, $"{name} may be given once.");
            return null;
        }
        return given.Length == 1 ? given[0]!.Trim() : null;
    }

    private static int? Integer(IQueryCollection query, string name, ApiErrors errors)
    {
        if (Single(query, name, errors) is not { } text)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        var tooBig = text.TrimStart('-', '+').Length > 0 && text.TrimStart('-', '+').All(char.IsAsciiDigit);
        errors.Add(name, tooBig ? $"{name} is out of range." : $"{name} must be a whole number, not '{Shorten(text)}'.");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c> (any case; <c>1</c> and <c>0</c> too), else a 400 naming the parameter.</summary>
    private static bool? Boolean(IQueryCollection query, string name, ApiErrors errors)
    {
        if (Single(query, name, errors) is not { } text)
            return null;
        if (bool.TryParse(text, out var value))
            return value;
        if (text is "1" or "0")
            return text == "1";
        errors.Add(name, $"{name} must be true or false, not '{Shorten(text)}'.");
        return null;
    }

    private static DateOnly? Date(IQueryCollection query, string name, ApiErrors errors)
    {
        if (Single(query, name, errors) is not { } text)
            return null;
        if (SearchRequest.ParseDate(text) is { } date)
            return date;
        errors.Add(name, $"{name} must be a date as YYYY-MM-DD, not '{Shorten(text)}'.");
        return null;
    }

    /// <summary>Echoes at most 40 characters of a bad value back: enough to recognise it, not a reflection channel.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
