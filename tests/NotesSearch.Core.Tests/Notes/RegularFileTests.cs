using System.Diagnostics;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>What a build does with files in a content folder that cannot be read as notes, and with its read-ahead hints.</summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("notes-regular-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void HintingWhatCannotBeReadIsLeftToTheParseToReport()
    {
        var note = Write("a.md");

        ReadAhead.Hint(note);
        ReadAhead.Hint(Path.Combine(folder.FullName, "gone.md"));
        ReadAhead.Hint(folder.FullName);

        Assert.Equal("A", new NoteParser().ReadRelative("a.md", note).Note!.Title);
    }

    [Fact]
    public async Task ANamedPipeCalledLikeANoteIsReportedAndTheScanGoesOn()
    {
        // Opening a FIFO for reading waits for a writer: the scan (and its read-ahead) must not wait for one forever.
        Write("a.md");
        Write("c.md");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder.FullName, "b.md")))
            await mkfifo.WaitForExitAsync();
        Assert.True(File.Exists(Path.Combine(folder.FullName, "b.md")));

        var scan = Task.Run(() => new ContentScanner(NoteParserOptions.Default).Scan(folder.FullName).ToList());

        var files = await scan.WaitAsync(TimeSpan.FromSeconds(30));  // throws TimeoutException when the scan hangs
        Assert.Equal(["a.md", "c.md"], files.Where(f => f.IsNote).Select(f => f.Path));
        var problem = Assert.Single(files, f => !f.IsNote).Problem!;
        Assert.Equal("b.md", problem.Path);
        Assert.True(problem.IsError);
        Assert.Contains("not a regular file", problem.Message, StringComparison.Ordinal);
    }

    private string Write(string name)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, $"---\ntitle: {char.ToUpperInvariant(name[0])}\ndate: 2026-01-02\n---\nText.\n");
        return path;
    }
}
