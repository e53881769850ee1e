using System.Runtime.CompilerServices;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Autocomplete as you type: completes the last word of the input from the words of note titles
/// (<see cref="NoteFields.TitleExact"/>, unstemmed, most common first) and offers topics whose label has a word
/// starting with it (most notes first). Several words complete the last one and return the whole text:
/// <c>kv ca</c> → <c>kv cache</c>.
/// <para>
/// Thread-safe; hold one instance for the life of the app. Per-reader work (topic labels and counts, read from
/// the topic facet doc values) is done once per reader and cached against it, so a refreshed searcher gets fresh
/// counts and a closed reader's cache goes with it. The caller leases the reader.
/// </para>
/// </summary>
public sealed class Suggester
{
    /// <summary>Most completions a call returns, whatever it asks for.</summary>
    public const int MaxResults = 20;

    /// <summary>Completions returned when the caller does not say.</summary>
    public const int DefaultMax = 8;

    /// <summary>A last word longer than this is not completed (no title word is that long; bounds the work).</summary>
    public const int MaxPrefixLength = 64;

    /// <summary>Title terms looked at per call: bounds a one-letter prefix over a very large term dictionary.</summary>
    public const int ScanLimit = 10_000;

    private readonly ConditionalWeakTable<IndexReader, TopicTable> topicTables = new();

    /// <summary>
    /// Completions of <paramref name="input"/>: topics first (those matching every typed word, then by note count),
    /// then title words (by how many titles hold them). Topics take at most half the places when there are words
    /// to show. Empty when the input does not end in a word (a quote, <c>*</c>, an operator, nothing).
    /// </summary>
    public IReadOnlyList<Suggestion> Complete(IndexReader reader, string? input, int max = DefaultMax)
    {
        max = Math.Clamp(max, 0, MaxResults);
        var text = (input ?? "").TrimEnd();
        var spans = QueryWords.Scan(text);
        if (max == 0 || spans.Count == 0 || spans[^1].End != text.Length || !spans[^1].IsPlain || spans[^1].Length > MaxPrefixLength)
            return [];

        var typed = spans.Where(s => s.IsPlain).Select(s => text.Substring(s.Start, s.Length).ToLowerInvariant()).ToArray();
        var topics = Topics(reader, typed);
        var stem = text[..spans[^1].Start];
        var words = TitleWords(reader, typed[^1], max)
            .Select(w => new Suggestion(stem + w.Term, SuggestionKind.Word, w.DocFreq))
            .ToArray();

        var topicPlaces = Math.Max(max - words.Length, (max + 1) / 2);
        var chosenTopics = topics.Take(topicPlaces).ToArray();
        return [.. chosenTopics, .. words.Take(max - chosenTopics.Length)];
    }

    private IEnumerable<Suggestion> Topics(IndexReader reader, string[] typed)
    {
        var table = topicTables.GetValue(reader, TopicTable.Read);
        return table.Entries
            .Where(e => e.Words.Any(w => w.StartsWith(typed[^1], StringComparison.Ordinal)))
            .OrderByDescending(e => MatchesInOrder(typed, e.Words))
            .Select(e => new Suggestion(e.Label, SuggestionKind.Topic, e.Count, e.Key));
    }

    /// <summary>True when every typed word starts a later label word than the one before: <c>kv ca</c> and <c>KV cache</c>.</summary>
    private static bool MatchesInOrder(string[] typed, string[] labelWords)
    {
        var next = 0;
        foreach (var word in typed)
        {
            while (next < labelWords.Length && !labelWords[next].StartsWith(word, StringComparison.Ordinal))
                next++;
            if (next == labelWords.Length)
                return false;
            next++;
        }
        return true;
    }

    private static List<(string Term, int DocFreq)> TitleWords(IndexReader reader, string prefix, int max)
    {
        var found = new List<(string Term, int DocFreq)>();
        var terms = MultiFields.GetTerms(reader, NoteFields.TitleExact);
        if (terms is null)
            return found;
        var start = new BytesRef(prefix);
        var walk = terms.GetEnumerator();
        if (walk.SeekCeil(start) == TermsEnum.SeekStatus.END)
            return found;
        var scanned = 0;
        do
        {
            var term = walk.Term;
            if (!StringHelper.StartsWith(term, start) || ++scanned > ScanLimit)
                break;
            var word = term.Utf8ToString();
            if (IsCompletion(word))
                found.Add((word, walk.DocFreq));
        }
        while (walk.MoveNext());
        return found
            .OrderByDescending(w => w.DocFreq)
            .ThenBy(w => w.Term, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// Stop words ("the", "it") complete nothing useful; contractions and possessives (<c>it's</c>, <c>meta's</c>) are
    /// not what people search; a completion needs a letter (<c>16</c> is not a word to suggest).
    /// </summary>
    private static bool IsCompletion(string word) =>
        word.Any(char.IsLetter) && !word.Contains('\'') && !word.Contains('\u2019')
        && !EnglishAnalyzer.DefaultStopSet.Contains(word);
}
