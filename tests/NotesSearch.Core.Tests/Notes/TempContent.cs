using System.Text;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>A content folder of its own for one test, deleted after it.</summary>
internal sealed class TempContent : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("notessearch-content-").FullName;

    public TempContent Add(string relativePath, string text) => Add(relativePath, Encoding.UTF8.GetBytes(text));

    public TempContent Add(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>A minimal good note with this title and date.</summary>
    public TempContent AddNote(string relativePath, string title = "A note", string date = "2026-05-25", string extra = "") =>
        Add(relativePath, $"---\ntitle: {title}\ndate: {date}\n{extra}---\nBody of {title}.\n");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
