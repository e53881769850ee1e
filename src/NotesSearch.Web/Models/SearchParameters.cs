using System.Globalization;
using Microsoft.Extensions.Primitives;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>
/// Reads a search from the query string by hand, so no value can fail model binding: each bad parameter is
/// dropped or clamped and explained in a notice the page shows ("month 13 is not a month: ignored").
/// The result always passes <see cref="SearchRequest.Validate"/>.
/// </summary>
public static class SearchParameters
{
    /// <summary>Longer queries are cut: they are pasted text, not searches, and every word costs clauses.</summary>
    public const int MaxQueryLength = 256;

    /// <summary>More topics than this in one search is a crafted URL, not a reader.</summary>
    public const int MaxTopics = 20;

    /// <summary>More sections than this in one search is a crafted URL, not a reader.</summary>
    public const int MaxSections = 20;

    public static ParsedSearch Parse(IQueryCollection query, int defaultPageSize = SearchRequest.DefaultPageSize)
    {
        var notices = new List<string>();
        var text = First(query["q"]).Trim();
        if (text.Length > MaxQueryLength)
        {
            // Never half a surrogate pair (an astral ideograph or emoji) at the cut.
            text = text[..(char.IsHighSurrogate(text[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength)];
            notices.Add($"Your search was cut to its first {MaxQueryLength} characters.");
        }
        var topics = query["topic"]
            .Select(value => Topic.KeyOf(value ?? ""))
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (topics.Count > MaxTopics)
        {
            topics = topics[..MaxTopics];
            notices.Add($"Only the first {MaxTopics} topics were used.");
        }

        var sections = query["section"]
            .Select(value => Section.KeyOf(value ?? ""))
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (sections.Count > MaxSections)
        {
            sections = sections[..MaxSections];
            notices.Add($"Only the first {MaxSections} sections were used.");
        }

        var year = Number(query, "year", 1, 9999, "is not a year", notices);
        var month = Number(query, "month", 1, 12, "is not a month (1 to 12)", notices);
        if (month is not null && year is null)
        {
            notices.Add("A month needs a year: the month was ignored.");
            month = null;
        }
        var from = Date(query, "from", notices);
        var to = Date(query, "to", notices);
        if (from > to)
        {
            notices.Add("The dates were the wrong way round: they were swapped.");
            (from, to) = (to, from);
        }

        SearchSort? sort = null;
        var sortText = First(query["sort"]);
        if (sortText.Length > 0)
        {
            sort = SearchRequest.ParseSort(sortText);
            if (sort is null)
                notices.Add($"“{sortText}” is not a sort order (relevance, newest or oldest): the default was used.");
        }

        var page = Number(query, "page", int.MinValue, int.MaxValue, "is not a page number", notices) ?? 1;
        if (page < 1)
        {
            notices.Add("Pages start at 1: showing the first page.");
            page = 1;
        }
        else if (page > SearchRequest.MaxPage)
        {
            notices.Add($"Only the first {SearchRequest.MaxPage} pages can be shown.");
            page = SearchRequest.MaxPage;
        }
        var pageSize = Number(query, "pageSize", int.MinValue, int.MaxValue, "is not a page size", notices) ?? defaultPageSize;
        if (pageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            var clamped = Math.Clamp(pageSize, 1, SearchRequest.MaxPageSize);
            notices.Add($"A page holds 1 to {SearchRequest.MaxPageSize} notes: showing {clamped}.");
            pageSize = clamped;
        }

        var request = new SearchRequest
        {
            Query = text,
            Topics = topics,
            Sections = sections,
            Year = year,
            Month = month,
            From = from,
            To = to,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            // Sent by the page's script while the reader types; a link or a submitted form is exact.
            PrefixLast = Flag(query, "prefixLast"),
            Exact = Flag(query, "exact"),
        };
        return new ParsedSearch(request, notices);
    }

    /// <summary>True for <c>true</c> or <c>1</c>; anything else (absent, garbage) is the default, false.</summary>
    private static bool Flag(IQueryCollection query, string name) =>
        First(query[name]).Trim() is var text && (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string First(StringValues values) => values.Count > 0 ? values[0] ?? "" : "";

    private static int? Number(IQueryCollection query, string name, int min, int max, string problem, List<string> notices)
    {
        var text = First(query[name]).Trim();
        if (text.Length == 0)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        // A number too large for an int is still a number the reader meant: clamp it rather than drop it.
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) && min == int.MinValue)
            return big < 0 ? int.MinValue : int.MaxValue;
        notices.Add($"{name} “{text}” {problem}: it was ignored.");
        return null;
    }

    private static DateOnly? Date(IQueryCollection query, string name, List<string> notices)
    {
        var text = First(query[name]).Trim();
        if (text.Length == 0)
            return null;
        var date = SearchRequest.ParseDate(text);
        if (date is null)
            notices.Add($"{name} “{text}” is not a date (use YYYY-MM-DD): it was ignored.");
        return date;
    }
}

/// <summary>A search read from a query string, and what had to be fixed in it.</summary>
public sealed record ParsedSearch(SearchRequest Request, IReadOnlyList<string> Notices);
