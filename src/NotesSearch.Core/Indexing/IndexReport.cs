namespace NotesSearch.Core.Indexing;

/// <summary>What one indexing run did. Problems are the notes it could not use, one line each.</summary>
public sealed record IndexReport(
    int Indexed,
    int Unchanged,
    int Removed,
    int Skipped,
    IReadOnlyList<NotesSearch.Core.Notes.NoteProblem> Problems,
    TimeSpan Elapsed,
    bool Rebuilt)
{
    /// <summary>Problems that are errors (bad notes), not deliberate skips such as drafts.</summary>
    public int Errors => Problems.Count(p => p.IsError);

    /// <summary>The closing summary line.</summary>
    public override string ToString() =>
        $"{Indexed} indexed, {Unchanged} unchanged, {Removed} removed, {Skipped} skipped, {Errors} bad" +
        $" in {Elapsed.TotalSeconds:0.00}s{(Rebuilt ? " (full rebuild)" : "")}";
}
