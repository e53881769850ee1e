namespace NotesSearch.Core.Notes;

public sealed record NoteFile(string Path, Note? Note, NoteProblem? Problem);
