using System.Diagnostics.CodeAnalysis;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The outcome of reading one file: a <see cref="Notes.Note"/>, or the <see cref="NoteProblem"/>
/// that kept it from being one. Exactly one of the two is set.
/// </summary>
/// <param name="Path">The file, relative to the content folder, with '/' separators.</param>
/// <param name="Note">The note, when the file is a good note.</param>
/// <param name="Problem">Why the file is not a note (an error, or a deliberate skip such as a draft).</param>
public sealed record NoteFile(string Path, Note? Note, NoteProblem? Problem)
{
    /// <summary>True when the file gave a note (and <see cref="Note"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Note))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsNote => Note is not null;

    /// <summary>
    /// What was wrong in a good note without stopping it (more topics than a note keeps), one line each
    /// (<see cref="NoteProblem.IsError"/> false); empty for a clean note and for a file that is not a note.
    /// </summary>
    public IReadOnlyList<NoteProblem> Warnings { get; init; } = [];

    /// <summary>A good note.</summary>
    public static NoteFile Ok(Note note) => new(note.Path, note, null);

    /// <summary>A file that is not a note, and why.</summary>
    public static NoteFile Failed(NoteProblem problem) => new(problem.Path, null, problem);

    /// <summary>The note's slug, or the problem's one line, for logs and test failures.</summary>
    public override string ToString() => IsNote ? $"{Path}: note '{Note.Slug}'" : Problem.ToString();
}
