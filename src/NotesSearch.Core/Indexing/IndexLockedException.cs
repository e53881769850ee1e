namespace NotesSearch.Core.Indexing;

/// <summary>Another writer (a running site, another <c>notes index</c>) holds the index folder.</summary>
public sealed class IndexLockedException(string indexPath, Exception inner)
    : Exception($"the index at {indexPath} is being written by another process (a running site or another `notes index`); " +
                "stop it or let it finish, then try again. Nothing was changed.", inner);
