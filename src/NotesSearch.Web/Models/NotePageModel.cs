using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>A note's page: the note as the index holds it, and up to five related notes.</summary>
public sealed record NotePageModel(NotePage Note) : ILayoutModel
{
    public const int RelatedShown = 5;

    public string Title => Note.Title;

    public IReadOnlyList<RelatedNote> Related => Note.Related.Take(RelatedShown).ToArray();

    public static string TopicUrl(string key) => SearchUrls.For(new SearchRequest { Topics = [key] });
}
