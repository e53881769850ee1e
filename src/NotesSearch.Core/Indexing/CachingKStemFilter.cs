using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// KStem (Lucene's <see cref="KStemFilter"/>, same output) with the stems of words already seen looked up instead of
/// worked out again. Prose repeats a few thousand words, and KStem's rules and dictionary probes for each were about 9%
/// of a build's CPU (<c>perf</c>, 100k notes). The cache is shared by every indexing chain and thread (a stem depends on
/// the word alone) and bounded: words of at most <see cref="MaxWordLength"/> characters, at most
/// <see cref="MaxWords"/> of them (a few MB); past that a new word is stemmed as before, not remembered. Query chains use
/// KStemFilter itself, so what visitors type never takes a place. A token marked as a keyword
/// (<see cref="DigitKeywordFilter"/>) passes unstemmed, as with KStemFilter.
/// </summary>
public sealed class CachingKStemFilter : TokenFilter
{
    /// <summary>At most this many words are remembered; a collection's common words are among its first.</summary>
    public const int MaxWords = 50_000;

    /// <summary>Longer words are stemmed each time: they are rare, and would cost the cache more room than they save.</summary>
    public const int MaxWordLength = 24;

    // Word → stem, or null when KStem leaves the word as it is (most words).
    private static readonly ConcurrentDictionary<string, string?> Stems = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> StemOf =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();
    // Places taken in the cache, counted before a word is added so that threads adding at once cannot pass MaxWords.
    private static int taken;

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly GivenToken current;
    private readonly KStemFilter stemmer;

    public CachingKStemFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        // KStem runs on this filter's own attributes: its input is a stream that shares them and gives the current token.
        current = new GivenToken(this);
        stemmer = new KStemFilter(current);
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (keyword.IsKeyword)
            return true;
        var word = term.Buffer.AsSpan(0, term.Length);
        if (StemOf.TryGetValue(word, out var known))
        {
            if (known is not null)
                term.SetEmpty().Append(known);
            return true;
        }
        var original = word.Length <= MaxWordLength && Volatile.Read(ref taken) < MaxWords ? word.ToString() : null;
        current.Give();
        stemmer.IncrementToken();
        if (original is not null && Interlocked.Increment(ref taken) <= MaxWords)
        {
            var stem = term.Buffer.AsSpan(0, term.Length);
            if (!Stems.TryAdd(original, stem.SequenceEqual(original) ? null : stem.ToString()))
                Interlocked.Decrement(ref taken);
        }
        return true;
    }

    /// <summary>Whether <paramref name="word"/>'s stem is remembered (for tests).</summary>
    internal static bool Remembers(string word) => Stems.ContainsKey(word);

    /// <summary>How many words are remembered (for tests).</summary>
    internal static int Count => Stems.Count;
}
