namespace NotesSearch.Core.Indexing;

/// <summary>Progress of a run: files seen so far, and how many were (re)written.</summary>
public readonly record struct IndexProgress(int Seen, int Indexed);
