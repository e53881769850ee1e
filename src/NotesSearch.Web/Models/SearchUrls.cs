using System.Globalization;
using System.Text;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>
/// Writes a search back into a URL: every filter, sort and page in the query string (defaults left out), so a
/// search is shareable and the back button works. The one place links between search states are made.
/// </summary>
public static class SearchUrls
{
    public static string For(SearchRequest request, string path = "/")
    {
        var query = new StringBuilder();
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
                return;
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        Add("q", request.Query);
        foreach (var topic in request.Topics)
            Add("topic", topic);
        foreach (var section in request.Sections)
            Add("section", section);
        Add("year", Text(request.Year));
        Add("month", Text(request.Month));
        Add("from", request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sort", request.Sort?.ToString().ToLowerInvariant());
        Add("page", request.Page == 1 ? null : Text(request.Page));
        Add("pageSize", request.PageSize == SearchRequest.DefaultPageSize ? null : Text(request.PageSize));
        Add("exact", request.Exact ? "true" : null);
        return path + query;
    }

    /// <summary>The same search with <paramref name="topic"/> added or, when it is selected, removed; back to page 1.</summary>
    public static SearchRequest ToggleTopic(this SearchRequest request, string topic) => request with
    {
        Topics = request.Topics.Contains(topic) ? request.Topics.Where(t => t != topic).ToArray() : [.. request.Topics, topic],
        Page = 1,
    };

    /// <summary>The same search with <paramref name="section"/> added or, when it is selected, removed; back to page 1.</summary>
    public static SearchRequest ToggleSection(this SearchRequest request, string section) => request with
    {
        Sections = request.Sections.Contains(section) ? request.Sections.Where(s => s != section).ToArray() : [.. request.Sections, section],
        Page = 1,
    };

    /// <summary>The same search for one year (its month dropped), or for every year when it is that year already.</summary>
    public static SearchRequest ToggleYear(this SearchRequest request, int year) => request with
    {
        Year = request.Year == year ? null : year,
        Month = null,
        Page = 1,
    };

    /// <summary>The same search for one month of a year, or the whole year when it is that month already.</summary>
    public static SearchRequest ToggleMonth(this SearchRequest request, int year, int month) => request with
    {
        Year = year,
        Month = request.Year == year && request.Month == month ? null : month,
        Page = 1,
    };

    public static SearchRequest WithPage(this SearchRequest request, int page) => request with { Page = page };

    public static SearchRequest WithSort(this SearchRequest request, SearchSort sort) => request with { Sort = sort, Page = 1 };

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
