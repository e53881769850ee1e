namespace NotesSearch.Core.Searching;

/// <summary>Result order. With words the default is relevance; without words it is newest.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
