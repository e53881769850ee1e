using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>
/// The site's way into <see cref="NoteSearcher.Search"/>: if the engine cannot read what was typed (a stray
/// <c>AND</c>, too many words), the same search runs again over just the words in it, with a warning, so
/// no query text ever makes an error page. Thread-safe.
/// </summary>
public static partial class SiteSearch
{
    public static SearchResults Search(NoteSearcher searcher, SearchRequest request)
    {
        try
        {
            return searcher.Search(request);
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException && request.HasWords)
        {
            var words = PlainWords(request.Query);
            var results = searcher.Search(request with { Query = words });
            return results with
            {
                Query = request.Query,
                Warnings = [.. results.Warnings, $"Your search could not be read as written, so it was searched as the words “{words}”."],
            };
        }
    }

    /// <summary>The words of <paramref name="query"/>, lower-cased (so AND, OR and NOT are words, not operators), at most 32.</summary>
    public static string PlainWords(string query) =>
        string.Join(' ', NotAWord().Split(query).Where(w => w.Length > 0).Take(32)).ToLowerInvariant();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotAWord();
}
