namespace NotesSearch.Core.Searching;

/// <summary>What a completion is: a word to search for, or a topic to filter by.</summary>
public enum SuggestionKind
{
    /// <summary>A word of the notes completing what was typed; <see cref="Suggestion.Text"/> is the whole query, and finds at least one note.</summary>
    Word,

    /// <summary>A topic whose label matches what was typed; <see cref="Suggestion.TopicKey"/> filters by it.</summary>
    Topic,
}
