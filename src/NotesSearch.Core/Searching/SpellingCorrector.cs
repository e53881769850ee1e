using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// "Exact first, typos as a fallback": corrects misspelt query words from the index's own terms, for a
/// "did you mean" when few or no notes match. Candidates come from the unstemmed fields
/// (<see cref="NoteFields.TitleExact"/>, <see cref="NoteFields.SummaryExact"/>, <see cref="NoteFields.BodyExact"/>)
/// through the core's <see cref="FuzzyTermsEnum"/> (Levenshtein automata), so only words that really occur are offered.
/// <list type="bullet">
/// <item>Words under 4 letters are never corrected; 4–7 letters allow 1 edit, 8 or more allow 2 (Algolia's thresholds).
/// Words over <see cref="MaxLength"/> letters are never corrected (no word is that long; the automaton grows with it), and
/// a query has at most its first <see cref="MaxWords"/> distinct words corrected.</item>
/// <item>A word holding a digit is a name (<c>H100</c> is not <c>H200</c>): never corrected, and never offered as a correction.</item>
/// <item>A word the index holds (document frequency above 0 in any of the fields) is never corrected; nor is one
/// whose stem the stemmed fields hold (<c>schedulers</c> already finds <c>scheduler</c>), nor a stop word.</item>
/// <item>Candidates rank by fewest edits, then by how common they are (document frequency summed over the fields).</item>
/// <item>Comparison is in lower case; the first letter must match (Lucene's DirectSpellChecker default: typos
/// rarely start a word, and it keeps the automaton walk small on a large term dictionary).</item>
/// </list>
/// Holds no per-request state: one instance is thread-safe and can be shared. The caller leases the reader.
/// Document frequencies count deleted notes until their segments merge, so offer a correction only when
/// re-running it finds notes.
/// </summary>
public sealed class SpellingCorrector
{
    /// <summary>Words shorter than this are never corrected.</summary>
    public const int MinLength = 4;

    /// <summary>Words this long or longer may be two edits away; shorter ones one.</summary>
    public const int TwoEditsLength = 8;

    /// <summary>Leading characters a correction must share with the word.</summary>
    public const int PrefixLength = 1;

    /// <summary>Words longer than this (in letters) are never corrected.</summary>
    public const int MaxLength = 32;

    /// <summary>Distinct words of one query looked at, at most: each costs a walk of three term dictionaries.</summary>
    public const int MaxWords = 16;

    private static readonly string[] DefaultFields = [NoteFields.TitleExact, NoteFields.SummaryExact, NoteFields.BodyExact];
    private static readonly string[] StemmedFields = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];

    // Built once and shared: analyzers are thread-safe (each thread gets its own token stream components).
    private static readonly Analyzer Stemmed = NoteAnalyzer.Stemmed(expandVersions: false);

    private readonly string[] fields;

    /// <summary>A corrector over the unstemmed title, summary and body.</summary>
    public SpellingCorrector() : this(DefaultFields)
    {
    }

    /// <summary>A corrector over other (unstemmed, lower-cased) fields.</summary>
    public SpellingCorrector(IEnumerable<string> fields) => this.fields = fields.ToArray();

    /// <summary>The shared instance over the default fields.</summary>
    public static SpellingCorrector Default { get; } = new();

    /// <summary>Edits allowed for <paramref name="word"/>: 0 under 4 letters, 1 for 4–7, 2 for 8 to <see cref="MaxLength"/>, 0 past it.</summary>
    public static int MaxEditsFor(string word)
    {
        var letters = word.EnumerateRunes().Count();
        return letters is < MinLength or > MaxLength ? 0 : letters < TwoEditsLength ? 1 : 2;
    }

    /// <summary>
    /// Corrects each word that can be corrected. Returns null when no word changed (all known, too short,
    /// holding digits, or with no index term close enough).
    /// </summary>
    public Correction? Correct(IndexReader reader, IReadOnlyList<string> words) => Correct(reader, words, QueryBudget.Unlimited).Correction;

    /// <summary>
    /// As <see cref="Correct(IndexReader, IReadOnlyList{string})"/>, within a search's <paramref name="budget"/>: the words
    /// looked at before it ran out (or before <see cref="MaxWords"/>) are corrected, the rest are kept as typed.
    /// </summary>
    internal CorrectionOutcome Correct(IndexReader reader, IReadOnlyList<string> words, QueryBudget budget)
    {
        var changes = new List<WordCorrection>();
        var byWord = new Dictionary<string, WordCorrection?>(StringComparer.Ordinal);
        var corrected = new string[words.Count];
        var (capped, timedOut) = (false, false);
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (!byWord.TryGetValue(lower, out var change))
            {
                capped |= byWord.Count == MaxWords;
                timedOut |= budget.Expired;
                if (capped || timedOut)
                {
                    corrected[i] = words[i];
                    continue;
                }
                change = CorrectWord(reader, lower, budget);
                byWord[lower] = change;
                if (change is not null)
                    changes.Add(change);
            }
            corrected[i] = change?.Corrected ?? words[i];
        }
        return new CorrectionOutcome(changes.Count == 0 ? null : new Correction(corrected, changes), capped, timedOut || budget.Expired);
    }

    /// <summary>
    /// Corrects the plain words of a query string: operators, field names, <c>prefix*</c> and <c>word~</c> are left alone.
    /// Use <see cref="Correction.ApplyTo"/> with the same text to get the corrected query.
    /// </summary>
    public Correction? Correct(IndexReader reader, string queryText) => Correct(reader, QueryWords.PlainWords(queryText));

    /// <summary>The best correction of one word, or null when it needs none or has none.</summary>
    public WordCorrection? CorrectWord(IndexReader reader, string word) => CorrectWord(reader, word, QueryBudget.Unlimited);

    /// <summary>The best correction of one word among the candidates found before <paramref name="budget"/> ran out.</summary>
    private WordCorrection? CorrectWord(IndexReader reader, string word, QueryBudget budget)
    {
        var lower = word.ToLowerInvariant();
        var maxEdits = MaxEditsFor(lower);
        if (maxEdits == 0 || HasDigit(lower) || DocFreq(reader, lower) > 0 || StemIsIndexed(reader, lower))
            return null;

        WordCorrection? best = null;
        foreach (var candidate in Candidates(reader, lower, maxEdits, budget))
        {
            var edits = EditDistance.Between(lower, candidate);
            if (edits > maxEdits)
                continue;
            var docFreq = DocFreq(reader, candidate);
            if (best is null || edits < best.Edits || (edits == best.Edits && docFreq > best.DocFreq)
                || (edits == best.Edits && docFreq == best.DocFreq && string.CompareOrdinal(candidate, best.Corrected) < 0))
            {
                best = new WordCorrection(lower, candidate, edits, docFreq);
            }
        }
        return best;
    }

    private HashSet<string> Candidates(IndexReader reader, string word, int maxEdits, QueryBudget budget)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
                continue;
            // A fresh AttributeSource per walk: FuzzyTermsEnum keeps its automata and boost bookkeeping there.
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), maxEdits, PrefixLength, transpositions: true);
            while (!budget.Expired && fuzzy.MoveNext())
            {
                var candidate = fuzzy.Term.Utf8ToString();
                if (!HasDigit(candidate))
                    found.Add(candidate);
            }
        }
        return found;
    }

    private int DocFreq(IndexReader reader, string term)
    {
        var total = 0;
        foreach (var field in fields)
            total += reader.DocFreq(new Term(field, term));
        return total;
    }

    /// <summary>
    /// True when search already reads the word as something the notes hold: its stem is in the stemmed fields
    /// (<c>schedulers</c> finds <c>scheduler</c>), or it is a stop word that search drops anyway.
    /// </summary>
    private static bool StemIsIndexed(IndexReader reader, string word)
    {
        using var stream = Stemmed.GetTokenStream(NoteFields.Body, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var known = true;
        while (stream.IncrementToken())
        {
            var stem = term.ToString();
            known &= StemmedFields.Any(field => reader.DocFreq(new Term(field, stem)) > 0);
        }
        stream.End();
        return known;
    }

    private static bool HasDigit(string word) => word.Any(char.IsDigit);
}

/// <summary>What a budgeted <see cref="SpellingCorrector"/> run found, and whether it looked at every word.</summary>
/// <param name="Correction">The correction, or null when no word changed.</param>
/// <param name="WordsCapped">True when the query had more than <see cref="SpellingCorrector.MaxWords"/> distinct words (the rest were not looked at).</param>
/// <param name="TimedOut">True when the search's time budget ran out before every word was looked at.</param>
internal readonly record struct CorrectionOutcome(Correction? Correction, bool WordsCapped, bool TimedOut);
