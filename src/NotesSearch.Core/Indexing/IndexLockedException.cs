namespace NotesSearch.Core.Indexing;

/// <summary>Another writer (a running site, another <c>notes index</c>) holds the index folder; nothing was changed.</summary>
public sealed class IndexLockedException(string indexPath, IndexWriterOwner? owner, Exception inner)
    : Exception(MessageFor(indexPath, owner), inner)
{
    /// <summary>The process that holds the folder, when it recorded itself (null: unknown).</summary>
    public IndexWriterOwner? Owner { get; } = owner;

    private static string MessageFor(string indexPath, IndexWriterOwner? owner) => owner switch
    {
        { IsSite: true } => $"the index at {indexPath} is written by {owner}, which already indexes every edit to the notes " +
                            "as it is saved. To rebuild it from scratch, stop the site, run `notes index --full`, and start the site again. " +
                            "Nothing was changed.",
        not null => $"the index at {indexPath} is being written by {owner}; let it finish, then try again. Nothing was changed.",
        null => $"the index at {indexPath} is being written by another process (a running site or another `notes index`); " +
                "stop it or let it finish, then try again. Nothing was changed.",
    };
}
