using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Autocomplete as you type: completes the last word of the input from the words of note titles
/// (<see cref="NoteFields.TitleExact"/>, unstemmed) and offers topics whose label has a word starting with it.
/// Several words complete the last one and return the whole text as typed, the completed word in the case its start
/// was typed in: <c>kv ca</c> → <c>kv cache</c>, <c>Ku</c> → <c>Kubernetes</c>; a title word that
/// follows the word before it in some title (<c>KV cache</c>) comes before words that are merely common.
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

    /// <summary>Titles read to find the words that follow the previous word: bounds a common previous word.</summary>
    public const int PhraseTitleLimit = 200;

    /// <summary>Typed words looked at, the last ones: only the last two choose title words; topics match the rest in order.</summary>
    public const int MaxTypedWords = 8;

    /// <summary>
    /// Wall-clock budget of one call: reading titles and walking the term dictionary stop when it runs out, and
    /// the completions found so far are returned. Zero or less: no budget.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock the budget reads; tests swap it for one they control. Null: Lucene's global millisecond counter.</summary>
    internal Lucene.Net.Util.Counter? Clock { get; init; }

    private static readonly Analyzer TitleWords = NoteAnalyzer.Exact(expandVersions: false);
    private static readonly HashSet<string> TitleOnly = [NoteFields.Title];

    private readonly ConditionalWeakTable<IndexReader, TopicTable> topicTables = new();

    /// <summary>
    /// Completions of <paramref name="input"/>, at most <paramref name="max"/> (and never more than
    /// <see cref="MaxResults"/>): topics first (those matching every typed word, then by note count), then title words
    /// (those following the previous typed word in a title, then by how many titles hold them). Topics take at most
    /// half the places when there are words to show. Empty when the input does not end in a word being typed (nothing,
    /// a space: the word is finished, a quote, <c>*</c>, an operator).
    /// </summary>
    public IReadOnlyList<Suggestion> Complete(IndexReader reader, string? input, int max = DefaultMax)
    {
        max = Math.Clamp(max, 0, MaxResults);
        var text = input ?? "";
        var spans = QueryWords.Scan(text);
        if (max == 0 || spans.Count == 0 || spans[^1].End != text.Length || !spans[^1].IsPlain || spans[^1].Length > MaxPrefixLength)
            return [];

        var typed = spans.Where(s => s.IsPlain).TakeLast(MaxTypedWords).Select(s => text.Substring(s.Start, s.Length).ToLowerInvariant()).ToArray();
        var budget = new QueryBudget(TimeBudget, Clock);
        var stem = text[..spans[^1].Start];
        var last = text[spans[^1].Start..];
        var words = Words(reader, typed, max, budget)
            .Select(w => new Suggestion(stem + QueryWords.InCaseOf(last, w.Term), SuggestionKind.Word, w.Count))
            .ToArray();
        var topicPlaces = Math.Max(max - words.Length, (max + 1) / 2);
        var topics = Topics(reader, typed).Take(topicPlaces).ToArray();
        return [.. topics, .. words.Take(max - topics.Length)];
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

    /// <summary>Words following the previous typed word in titles first (by titles), then the most common title words.</summary>
    private static IEnumerable<(string Term, int Count)> Words(IndexReader reader, string[] typed, int max, QueryBudget budget)
    {
        var prefix = typed[^1];
        var following = typed.Length > 1 ? Following(reader, typed[^2], prefix, budget) : [];
        var common = Common(reader, prefix, budget);
        return following
            .OrderByDescending(w => w.Value)
            .ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => (w.Key, w.Value))
            .Concat(common.Where(w => !following.ContainsKey(w.Term)))
            .Take(max);
    }

    /// <summary>Title words starting with <paramref name="prefix"/>, most titles first, from the term dictionary alone.</summary>
    private static IEnumerable<(string Term, int Count)> Common(IndexReader reader, string prefix, QueryBudget budget)
    {
        var found = new List<(string Term, int Count)>();
        var terms = MultiFields.GetTerms(reader, NoteFields.TitleExact);
        var start = new BytesRef(prefix);
        var walk = terms?.GetEnumerator();
        if (walk is null || walk.SeekCeil(start) == TermsEnum.SeekStatus.END)
            return found;
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(walk.Term, start) || ++scanned > ScanLimit || budget.Expired)
                break;
            var word = walk.Term.Utf8ToString();
            if (IsCompletion(word))
                found.Add((word, walk.DocFreq));
        }
        while (walk.MoveNext());
        return found.OrderByDescending(w => w.Count).ThenBy(w => w.Term, StringComparer.Ordinal);
    }

    /// <summary>
    /// Words starting with <paramref name="prefix"/> that directly follow <paramref name="previous"/> in a title, with
    /// how many titles hold the pair: reads the stored titles of (at most <see cref="PhraseTitleLimit"/>) notes whose
    /// title holds the previous word.
    /// </summary>
    private static Dictionary<string, int> Following(IndexReader reader, string previous, string prefix, QueryBudget budget)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), NoteFields.TitleExact, new BytesRef(previous));
        if (docs is null)
            return counts;
        for (var read = 0; read < PhraseTitleLimit && !budget.Expired && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; read++)
        {
            var title = reader.Document(docs.DocID, TitleOnly).Get(NoteFields.Title) ?? "";
            var tokens = Tokens(title);
            var pairs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i - 1] == previous && tokens[i].StartsWith(prefix, StringComparison.Ordinal) && IsCompletion(tokens[i]))
                    pairs.Add(tokens[i]);
            }
            foreach (var word in pairs)
                counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    private static List<string> Tokens(string title)
    {
        var tokens = new List<string>();
        using var stream = TitleWords.GetTokenStream(NoteFields.TitleExact, title);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    /// <summary>
    /// Function words ("the", "them", "what") complete nothing useful; contractions and possessives (<c>it's</c>,
    /// <c>meta's</c>) are not what people search; a completion needs a letter (<c>16</c> is not a word to suggest).
    /// </summary>
    private static bool IsCompletion(string word) =>
        word.Any(char.IsLetter) && !word.Contains('\'') && !word.Contains('\u2019')
        && !EnglishAnalyzer.DefaultStopSet.Contains(word) && !EnglishStopWords.Function.Contains(word);
}
