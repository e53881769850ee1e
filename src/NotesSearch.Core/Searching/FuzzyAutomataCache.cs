using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The Levenshtein automata of the fuzzy words searched lately, kept for the searches after: building them is most
/// of a fuzzy word's cost (~1 ms and 2 MB of garbage per word: the automaton for each edit distance, converted to UTF-8
/// and determinised, as <c>FuzzyTermsEnum</c> builds them), and a reader refining a search (a filter, the next page,
/// the typo-corrected reading) asks for the same word again. Automata depend only on the word, the edits, the prefix
/// length and transpositions, never on the index, and once built they are only read (Lucene shares them across
/// segments and threads). Bounded: at most <see cref="Capacity"/> words of at most <see cref="MaxWordLength"/>
/// characters (an automaton grows with its word: a hostile stream of long fuzzy words must not fill memory); when full
/// it starts again empty.
/// One per <see cref="NoteSearcher"/>; thread-safe.
/// </summary>
internal sealed class FuzzyAutomataCache
{
    private readonly ConcurrentDictionary<(string Word, int Edits, int Prefix, bool Transpositions), CompiledAutomaton[]> words = new();

    /// <summary>How many fuzzy words are kept by a new searcher's cache.</summary>
    public const int DefaultCapacity = 128;

    /// <summary>Longer words are not kept: typos are of ordinary words, and longer words make larger automata.</summary>
    public const int MaxWordLength = 16;

    /// <summary>How many fuzzy words are kept; zero keeps none (every search builds its automata).</summary>
    public int Capacity { get; set; } = DefaultCapacity;

    /// <summary>The automata kept for <paramref name="key"/>, or none.</summary>
    public CompiledAutomaton[] Get((string, int, int, bool) key) => words.TryGetValue(key, out var kept) ? kept : [];

    /// <summary>Keeps what a search built for <paramref name="key"/> (nothing when it built nothing).</summary>
    public void Keep((string, int, int, bool) key, IReadOnlyList<CompiledAutomaton> built)
    {
        if (built.Count == 0 || Capacity <= 0 || key.Item1.Length > MaxWordLength || (words.TryGetValue(key, out var kept) && kept.Length >= built.Count))
            return;
        if (words.Count >= Capacity)
            words.Clear();
        words[key] = [.. built];
    }
}
