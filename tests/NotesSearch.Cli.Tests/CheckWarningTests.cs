namespace NotesSearch.Cli.Tests;

/// <summary><c>notes check</c> prints what was left out of a good note, and still passes it.</summary>
public sealed class CheckWarningTests : IDisposable
{
    private readonly TempNotes notes = new();

    [Fact]
    public void TopicsOverTheCapArePrintedWithThePathAndFailNothing()
    {
        var topics = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"t{i}"));
        notes.Write("many.md", $"---\ntitle: Many\ndate: 2026-05-25\ntopics: [{topics}]\n---\nBody.\n");

        var check = CliRun.Of("check", "--content", notes.Content);

        Assert.Equal((0, $"{notes.Content}/many.md:4: 60 topics: only the first 50 are kept (10 left out)", "1 notes ok, 0 bad, 0 skipped"),
            (check.ExitCode, check.Error.Trim(), check.Output.Trim()));
    }

    public void Dispose() => notes.Dispose();
}
