using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Indexing;

/// <summary>Notes made in code for indexer tests: the hash follows the text, as a file's hash follows its bytes.</summary>
internal static class IndexerNotes
{
    public static Note Make(string slug, string text = "some words", string date = "2026-05-01", string? path = null) =>
        new(slug, $"Title of {slug}", DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            [Topic.FromLabel("Networking")], "", text, text, false, path ?? slug + ".md", $"{slug}:{text}".GetHashCode().ToString("x"));

    public static NoteFile File(Note note) => new(note.Path, note, null);

    public static NoteFile Broken(string path) => new(path, null, new NoteProblem(path, 2, "date 'soon' is not a date"));

    public static IEnumerable<NoteFile> Files(params Note[] notes) => notes.Select(File);
}
