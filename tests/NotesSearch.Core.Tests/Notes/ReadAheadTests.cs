using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class ReadAheadTests
{
    [Fact]
    public void HintingWhatCannotBeReadIsLeftToTheParseToReport()
    {
        var folder = Directory.CreateTempSubdirectory("notes-readahead-");
        try
        {
            var note = Path.Combine(folder.FullName, "a.md");
            File.WriteAllText(note, "---\ntitle: A\ndate: 2026-01-02\n---\nText.\n");

            ReadAhead.Hint(note);
            ReadAhead.Hint(Path.Combine(folder.FullName, "gone.md"));
            ReadAhead.Hint(folder.FullName);

            Assert.Equal("A", new NoteParser().ReadRelative("a.md", note).Note!.Title);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
