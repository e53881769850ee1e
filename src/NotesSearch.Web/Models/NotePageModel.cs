using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>A note's page: the note as the index holds it, and up to five related notes.</summary>
public sealed record NotePageModel(NotePage Note) : ILayoutModel
{
    public const int RelatedShown = 5;

    public string Title => Note.Title;

    /// <summary>The summary is shown as a standfirst unless the note itself opens with it (it often does).</summary>
    public bool ShowSummary =>
        !string.IsNullOrWhiteSpace(Note.Summary) && !Note.Text.TrimStart().StartsWith(Note.Summary.Trim(), StringComparison.Ordinal);

    public IReadOnlyList<RelatedNote> Related => Note.Related.Take(RelatedShown).ToArray();

    /// <summary>The words the reader searched for (<c>?q=</c>), marked in the page; null when the page was opened without.</summary>
    public string? Query { get; init; }

    /// <summary>How many of those words were marked, and whether marking stopped at its bound.</summary>
    public MarkedHtml? Marks { get; init; }

    /// <summary>
    /// The note with the words of <paramref name="query"/> (a search hit's <c>?q=</c>, cut to the search box's length)
    /// marked in its HTML, server-side; the note as it is when there is no query.
    /// </summary>
    public static NotePageModel Marked(NotePage note, NoteSearcher searcher, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return new NotePageModel(note);
        query = query.Length > SearchParameters.MaxQueryLength ? query[..SearchParameters.MaxQueryLength] : query;
        var marks = searcher.MarkQueryWords(note.Html, query, note.Slug);
        return new NotePageModel(note with { Html = marks.Html }) { Query = query, Marks = marks };
    }

    public static string TopicUrl(string key) => SearchUrls.For(new SearchRequest { Topics = [key] });

    public static string SectionUrl(string key) => SearchUrls.For(new SearchRequest { Sections = [key] });
}
