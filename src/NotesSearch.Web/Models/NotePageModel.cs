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

    public static string TopicUrl(string key) => SearchUrls.For(new SearchRequest { Topics = [key] });

    public static string SectionUrl(string key) => SearchUrls.For(new SearchRequest { Sections = [key] });
}
