using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>The real notes of content/, read by the real scanner: what the relevance suite indexes.</summary>
internal static class ContentNotes
{
    public static string ContentPath => Path.Combine(RepoPaths.Root, "content");

    public static string SynonymsPath => Path.Combine(ContentPath, "synonyms.txt");

    public static IReadOnlyList<Note> Load()
    {
        var files = new ContentScanner(NoteParserOptions.Default).Scan(ContentPath).ToArray();
        Assert.All(files, f => Assert.True(f.Note is not null, f.Problem?.ToString()));
        return files.Select(f => f.Note!).ToArray();
    }
}
