using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Autocomplete as you type: completes the last word of the input from the words of the notes (the unstemmed copies
/// of titles, summaries and bodies; titles weigh most), keeping only completions some note holds with every earlier
/// typed word, and offers topics whose label has a word starting with it.
/// Several words complete the last one and return the whole text as typed, the completed word in the case its start
/// was typed in: <c>kv ca</c> → <c>kv cache</c>, <c>Ku</c> → <c>Kubernetes</c>; a title word that
/// follows the word before it in some title (<c>KV cache</c>) comes before words that are merely common.
/// <para>
/// Thread-safe; hold one instance for the life of the app. Per-reader work (topic labels and counts, read from
/// the topic facet doc values) is done once per reader and cached against it, so a refreshed searcher gets fresh
/// counts and a closed reader's cache goes with it. The caller leases the reader.
/// </para>
/// </summary>
public sealed partial class Suggester
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

    /// <summary>Typed words looked at, the last ones: a completion must be held by a note with all of them; topics match them in order.</summary>
    public const int MaxTypedWords = 8;

    /// <summary>Candidate words whose notes are counted per call (most frequent first): bounds a one-letter prefix.</summary>
    public const int CheckLimit = 200;

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
    /// <see cref="MaxResults"/>): topics first (those matching every typed word, then by note count), then words
    /// (those following the previous typed word in a title, then by how many notes hold them, a title counting
    /// most). Every completion finds at least one note: a word completing several typed words is offered only when
    /// some note holds all of them, and its count is how many do. After <c>topic:</c> only real topics are offered
    /// (<c>topic:net</c> → <c>topic:networking</c>). Topics take at most half the places when there are words to show.
    /// Empty when the input does not end in a word being typed (nothing, a space: the word is finished, a quote,
    /// <c>*</c>, an operator).
    /// </summary>
    public IReadOnlyList<Suggestion> Complete(IndexReader reader, string? input, int max = DefaultMax)
    {
        max = Math.Clamp(max, 0, MaxResults);
        var text = input ?? "";
        var spans = QueryWords.Scan(text);
        var stem = spans.Count == 0 ? "" : text[..spans[^1].Start];
        var scope = Scope().Match(stem) is { Success: true } scoped ? scoped.Groups[1].Value.ToLowerInvariant() : null;
        if (max == 0 || spans.Count == 0 || spans[^1].End != text.Length || !spans[^1].IsPlain || spans[^1].Length > MaxPrefixLength)
            return [];

        var typed = spans.Where(s => s.IsPlain).TakeLast(MaxTypedWords).Select(s => text.Substring(s.Start, s.Length).ToLowerInvariant()).ToArray();
        var budget = new QueryBudget(TimeBudget, Clock);
        var last = text[spans[^1].Start..];
        if (scope == "topic")
        {
            // A topic scope completes to a topic that exists, by key or by a word of its label.
            return TopicTable(reader).Entries
                .Where(e => e.Key.StartsWith(typed[^1], StringComparison.Ordinal) || e.Words.Any(w => w.StartsWith(typed[^1], StringComparison.Ordinal)))
                .Take(max)
                .Select(e => new Suggestion(stem + e.Key, SuggestionKind.Topic, e.Count, e.Key))
                .ToArray();
        }
        string[] fields = scope switch
        {
            "title" => [NoteFields.Title],
            "summary" => [NoteFields.Summary],
            _ => [NoteFields.Title, NoteFields.Summary, NoteFields.Body],
        };
        var words = Words(reader, typed, fields, max, budget)
            .Select(w => new Suggestion(stem + QueryWords.InCaseOf(last, w.Term), SuggestionKind.Word, w.Count))
            .ToArray();
        var topicPlaces = Math.Max(max - words.Length, (max + 1) / 2);
        var topics = scope is null ? Topics(reader, typed).Take(topicPlaces).ToArray() : [];
        return [.. topics, .. words.Take(max - topics.Length)];
    }

    private TopicTable TopicTable(IndexReader reader) => topicTables.GetValue(reader, Searching.TopicTable.Read);

    private IEnumerable<Suggestion> Topics(IndexReader reader, string[] typed)
    {
        var table = TopicTable(reader);
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

    /// <summary>
    /// Words of <paramref name="fields"/> starting with the last typed word that some note holds together with every
    /// earlier typed word, with how many notes do: those following the previous typed word in a title first, then by
    /// those notes weighed by field (a title counts most). Candidates are checked most frequent first, at most
    /// <see cref="CheckLimit"/> of them, within the budget.
    /// </summary>
    private static IEnumerable<(string Term, int Count)> Words(IndexReader reader, string[] typed, string[] fields, int max, QueryBudget budget)
    {
        var prefix = typed[^1];
        var counter = new NoteCounter(reader, budget);
        // Notes holding every earlier word, as the search reads words (stemmed, in any searched field); null: no earlier word.
        FixedBitSet? notes = null;
        foreach (var word in typed[..^1])
        {
            if (counter.Holding(word) is not { } holding)
                continue;
            if (notes is null)
                notes = holding;
            else
                notes.And(holding);
        }
        if (notes is { } found && found.Cardinality == 0)
            return [];
        var following = typed.Length > 1 ? Following(reader, typed[^2], prefix, budget) : [];
        var candidates = Candidates(reader, fields, prefix, budget);
        var ordered = following.Keys.Order(StringComparer.Ordinal).Concat(candidates.Where(c => !following.ContainsKey(c)));
        var offered = new List<(string Term, int Count, double Weight, int Follows)>();
        var checkedCount = 0;
        foreach (var word in ordered)
        {
            if (offered.Count >= max && checkedCount >= max * 4 || ++checkedCount > CheckLimit || budget.Expired)
                break;
            var (count, weight) = counter.Count(word, notes);
            if (count > 0)
                offered.Add((word, count, weight, following.GetValueOrDefault(word)));
        }
        return offered
            .OrderByDescending(w => w.Follows)
            .ThenByDescending(w => w.Weight)
            .ThenBy(w => w.Term, StringComparer.Ordinal)
            .Select(w => (w.Term, w.Count))
            .Take(max);
    }

    /// <summary>
    /// Words of the fields' unstemmed copies starting with <paramref name="prefix"/>, most frequent first (a title
    /// occurrence weighed by the title's boost), from the term dictionaries alone: at most <see cref="ScanLimit"/> per field.
    /// </summary>
    private static IEnumerable<string> Candidates(IndexReader reader, string[] fields, string prefix, QueryBudget budget)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var start = new BytesRef(prefix);
        foreach (var field in fields)
        {
            var boost = NoteFields.SearchBoosts.GetValueOrDefault(field, 1f);
            var walk = MultiFields.GetTerms(reader, field + NoteFields.ExactSuffix)?.GetEnumerator();
            if (walk is null || walk.SeekCeil(start) == TermsEnum.SeekStatus.END)
                continue;
            var scanned = 0;
            do
            {
                if (!StringHelper.StartsWith(walk.Term, start) || ++scanned > ScanLimit || budget.Expired)
                    break;
                var word = walk.Term.Utf8ToString();
                if (IsCompletion(word))
                    weights[word] = weights.GetValueOrDefault(word) + boost * walk.DocFreq;
            }
            while (walk.MoveNext());
        }
        return weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key);
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

    private static List<string> Tokens(string title) => AnalyzedTerms.Of(TitleWords, NoteFields.TitleExact, title);

    /// <summary>
    /// Function words ("the", "them", "what") complete nothing useful; contractions and possessives (<c>it's</c>,
    /// <c>meta's</c>) are not what people search; a completion needs a letter (<c>16</c> is not a word to suggest).
    /// </summary>
    private static bool IsCompletion(string word) =>
        word.Any(char.IsLetter) && !word.Contains('\'') && !word.Contains('\u2019')
        && !EnglishAnalyzer.DefaultStopSet.Contains(word) && !EnglishStopWords.Function.Contains(word);

    /// <summary>A field scope right before the last word (<c>topic:</c>, <c>title:</c>, <c>summary:</c>, after an optional modifier).</summary>
    [GeneratedRegex(@"(?:^|[\s(+\-!])(topic|title|summary):$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scope();
}
