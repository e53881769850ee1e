using System.Text;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>Parses notes written inline in tests.</summary>
internal static class TestNotes
{
    public static NoteFile Parse(string text, string path = "note.md", NoteParserOptions? options = null) =>
        new NoteParser(options).Parse(path, Encoding.UTF8.GetBytes(text));

    /// <summary>The note, failing the test with the problem's line when there is none.</summary>
    public static Note Note(string text, string path = "note.md")
    {
        var file = Parse(text, path);
        Assert.True(file.IsNote, file.ToString());
        return file.Note;
    }

    /// <summary>A note's HTML without its paragraph anchors (<c> id="p-3fa2c1"</c>), for tests about the rest of it.</summary>
    public static string WithoutAnchors(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, " id=\"p-[0-9a-f]{6}(-[0-9]+)?\"", "");

    /// <summary>The problem's one line, failing the test when the file is a good note.</summary>
    public static string Problem(string text, string path = "note.md") => ProblemOf(Parse(text, path));

    public static string ProblemOf(NoteFile file)
    {
        Assert.False(file.IsNote, $"expected a problem, got {file}");
        return file.Problem.ToString();
    }
}
