using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The classic query parser, taught our schema: plain words search the text fields with their boosts,
/// <c>title:</c> / <c>summary:</c> / <c>topic:</c> scope them, prefix / wildcard / fuzzy terms run on the
/// unstemmed <see cref="NoteFields.ExactSuffix"/> copies, and synonym placeholders become
/// (words OR alternative phrases). Records how each clause was read, for <c>interpreted</c>.
/// Not thread-safe (the classic parser keeps state): one instance per query.
/// </summary>
internal sealed class NoteQueryParser : QueryParser
{
    /// <summary>The parser's default field: not a real field, it means "every text field".</summary>
    public const string AnyField = "\u0001any";

    /// <summary>Most edits a fuzzy term may take (Lucene's automata support two).</summary>
    public const int MaxEdits = 2;

    /// <summary>Most terms one fuzzy clause expands to, so a short fuzzy word cannot blow up the query.</summary>
    public const int MaxFuzzyExpansions = 50;

    /// <summary>
    /// Weight of a folded match against an exact one (<c>cafe</c> finding <c>café</c>): low enough that the form as
    /// typed ranks first even when the accented form is much rarer (a higher IDF).
    /// </summary>
    public const float FoldedBoost = 0.3f;

    /// <summary>Quoted text keeps its stop words: <c>"soup of the day"</c> is not <c>"soup with fresh day"</c>.</summary>
    private static readonly Analyzer Phrases = NoteAnalyzer.ForPhrases();

    /// <summary>A quoted word is also looked up as written, in the unstemmed copies.</summary>
    private static readonly Analyzer WordsAsWritten = NoteAnalyzer.Exact(expandVersions: false);

    /// <summary>
    /// Weight of the prefix reading of the last word as typed, against its whole-word reading: the prefix clause scores
    /// a constant, kept well below a whole-word match so that a note holding the word itself ranks first.
    /// </summary>
    public const float PrefixLastBoost = 0.1f;

    /// <summary>Shortest last word read as a prefix as you type: one letter starts too many words to mean anything.</summary>
    public const int MinPrefixLength = 2;

    private readonly IReadOnlyList<SynonymGroup> groups;
    private readonly (string Field, float Boost)[] textFields;
    private readonly SearchOptions options;
    private int expandedWords;

    public NoteQueryParser(Analyzer analyzer, IReadOnlyList<SynonymGroup> groups, bool anyWord, bool literal, SearchOptions options)
        : base(NoteFields.Version, AnyField, analyzer)
    {
        this.groups = groups;
        this.options = options;
        DefaultOperator = anyWord ? OR_OPERATOR : AND_OPERATOR;
        // "deepseek-r1" (one typed token, several analysed ones) is read as the phrase "deepseek r1".
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
        // Literal mode searches what Lucene's reference setup searches (title, summary, body), so hit counts agree.
        textFields = NoteFields.SearchBoosts
            .Where(p => !literal || p.Key != NoteFields.TopicText)
            .Select(p => (p.Key, p.Value))
            .ToArray();
    }

    /// <summary>How each clause was read, by query object (reference identity).</summary>
    public Dictionary<Query, string> Labels { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Unquoted words on every text field, by query object: the proximity boost is built from them.</summary>
    public Dictionary<Query, string> PlainWords { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Synonym groups built, by query object: the words as typed and the alternatives.</summary>
    public Dictionary<Query, (Query? Original, SynonymGroup Group)> SynonymQueries { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The last word as typed when it was also matched as a prefix (search as you type), else null.</summary>
    public string? PrefixedWord { get; private set; }

    /// <summary>Things the parser left out, for <c>warnings</c>.</summary>
    public List<string> Warnings { get; } = [];

    protected override Query? GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (!quoted && queryText.Length > 0 && queryText[^1] == QueryText.PrefixMark)
            return PrefixLastQuery(field, queryText[..^1]);
        if (!quoted && TryGroup(queryText, out var group))
            return SynonymQuery(field, group);
        var query = FieldQuery(field, queryText, quoted, slop: 0);
        if (query is null)
            return null;
        var scope = field == AnyField ? "" : field + ":";
        Labels[query] = scope + (quoted ? "\"" + queryText + "\"" : queryText.ToLowerInvariant());
        if (!quoted && field == AnyField)
            PlainWords[query] = queryText;
        return query;
    }

    /// <summary>
    /// The last word as it is being typed: (the whole word) OR (a word starting with it, scored low), so
    /// <c>disag</c> finds "disaggregation" and <c>car</c> ranks "car" above "carbon".
    /// </summary>
    private Query? PrefixLastQuery(string field, string word)
    {
        var term = word.ToLowerInvariant();
        // One letter is not a word yet: the earlier words answer alone (no "no note has all of your words" at every
        // word's first letter). The submitted search reads it as typed.
        if (term.Length < MinPrefixLength)
            return null;
        var exact = GetFieldQuery(field, word, quoted: false);
        if (!MayExpand(word, word + "*"))
            return exact;
        var prefix = ExactFields(field, f => new PrefixQuery(new Term(f, term)));
        prefix.Boost *= PrefixLastBoost;
        // A stop word being typed ("gpu to" on the way to "topology") has no whole-word reading: the prefix alone.
        var query = new BooleanQuery(disableCoord: true) { { prefix, Occur.SHOULD } };
        if (exact is not null)
            query.Add(exact, Occur.SHOULD);
        Labels[query] = Scope(field) + term + "*";
        if (field == AnyField)
            PlainWords[query] = word;
        PrefixedWord = word;
        return query;
    }

    protected override Query? GetFieldQuery(string field, string queryText, int slop)
    {
        var query = FieldQuery(field, queryText, quoted: true, slop);
        if (query is not null)
            Labels[query] = Scope(field) + "\"" + queryText + "\"" + (slop > 0 ? "~" + slop.ToString(CultureInfo.InvariantCulture) : "");
        return query;
    }

    protected override Query? GetPrefixQuery(string field, string termStr)
    {
        var term = Folded(termStr);
        if (term.Length == 0)
            return null;
        if (!MayExpand(termStr, termStr + "*"))
            return GetFieldQuery(field, termStr, quoted: false);
        var query = ExactFields(field, f => new PrefixQuery(new Term(f, term)));
        Labels[query] = Scope(field) + term + "*";
        return query;
    }

    protected override Query? GetWildcardQuery(string field, string termStr)
    {
        var term = Folded(termStr);
        var letters = term.Replace("*", "").Replace("?", "");
        if (letters.Length == 0)
        {
            Warnings.Add($"\"{termStr}\" alone matches any word; it was left out.");
            return null;
        }
        if (term[0] is '*' or '?')
        {
            // A leading wildcard would scan every term of the index: search the letters as a word instead.
            Warnings.Add($"Wildcards cannot start a word; \"{termStr}\" was searched as \"{letters}\".");
            return GetFieldQuery(field, letters, quoted: false);
        }
        if (!MayExpand(termStr, termStr))
            return GetFieldQuery(field, letters, quoted: false);
        var query = ExactFields(field, f => new WildcardQuery(new Term(f, term)));
        Labels[query] = Scope(field) + term;
        return query;
    }

    protected override Query? GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var term = Folded(termStr);
        // "word~2" gives edits; the old "word~0.8" similarity form is read as Lucene 3 did: the share of letters that may differ.
        var edits = minSimilarity >= 1 ? (int)minSimilarity : (int)((1 - minSimilarity) * term.Length);
        edits = Math.Clamp(edits, 0, MaxEdits);
        if (edits == 0 || term.Length == 0 || !MayExpand(termStr, termStr + "~"))
            return GetFieldQuery(field, termStr, quoted: false);
        var query = ExactFields(field, f => new FuzzyQuery(new Term(f, term), edits, prefixLength: 0, MaxFuzzyExpansions, transpositions: true));
        Labels[query] = Scope(field) + term + "~" + edits.ToString(CultureInfo.InvariantCulture);
        return query;
    }

    // Regular expressions and ranges are not part of the query language (their syntax is escaped before parsing);
    // should one get through, its text is searched as words.
    protected override Query? GetRegexpQuery(string field, string termStr) => GetFieldQuery(field, termStr, quoted: false);

    protected override Query? GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        GetFieldQuery(field, part1 + " " + part2, quoted: false);

    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var query = base.GetBooleanQuery(clauses, disableCoord);
        // Lucene matches nothing with only NOT clauses; a reader typing "-draft" means "everything but".
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    /// <summary>
    /// A prefix, wildcard or fuzzy word as the unstemmed copies hold words: NFKC, lower case (<c>Zu&#x308;r*</c> is <c>zür*</c>).
    /// Text that is not valid Unicode (a lone surrogate) is only lower-cased.
    /// </summary>
    private static string Folded(string word)
    {
        try
        {
            return word.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return word.ToLowerInvariant();
        }
    }

    private static string Scope(string field) => field == AnyField ? "" : field + ":";

    /// <summary>
    /// Whether one more prefix, wildcard or fuzzy word may be expanded (<see cref="SearchOptions.MaxExpandedWords"/>,
    /// <see cref="SearchOptions.MaxExpandedWordLength"/>); if not, says so: the caller searches it as a plain word.
    /// </summary>
    private bool MayExpand(string term, string typed)
    {
        if (term.Length > options.MaxExpandedWordLength)
        {
            Warnings.Add($"\"{Shorten(typed)}\" is longer than {options.MaxExpandedWordLength} characters; it was searched as a plain word.");
            return false;
        }
        if (++expandedWords > options.MaxExpandedWords)
        {
            Warnings.Add($"The query has more than {options.MaxExpandedWords} prefix, wildcard and fuzzy words; those after the first {options.MaxExpandedWords} were searched as plain words.");
            return false;
        }
        return true;
    }

    /// <summary>The first 40 characters of <paramref name="text"/> (never half a surrogate pair), for a warning.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= 40)
            return text;
        var end = char.IsHighSurrogate(text[38]) ? 38 : 39;
        return text[..end] + "…";
    }

    private bool TryGroup(string text, out SynonymGroup group)
    {
        group = null!;
        if (text.Length < 2 || text[0] != QueryText.PlaceholderMark)
            return false;
        if (!int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= groups.Count)
            return false;
        group = groups[index];
        return true;
    }

    /// <summary>(the words as typed) OR "alternative" OR …, each part on the same field(s).</summary>
    private Query? SynonymQuery(string field, SynonymGroup group)
    {
        Query? original;
        if (group.Quoted)
        {
            original = GetFieldQuery(field, group.Original, quoted: true);
        }
        else
        {
            var words = new BooleanQuery();
            foreach (var word in group.Original.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (GetFieldQuery(field, word, quoted: false) is { } part)
                    words.Add(part, DefaultOperator == AND_OPERATOR ? Occur.MUST : Occur.SHOULD);
            }
            original = words.Clauses.Count switch
            {
                0 => null,
                1 => words.Clauses[0].Query,
                _ => words,
            };
        }
        var query = new BooleanQuery(disableCoord: true);
        if (original is not null)
            query.Add(original, Occur.SHOULD);
        foreach (var alternative in group.Alternatives)
        {
            if (FieldQuery(field, alternative, quoted: true, slop: 0, asWritten: false) is { } phrase)
                query.Add(phrase, Occur.SHOULD);
        }
        if (query.Clauses.Count == 0)
            return null;
        SynonymQueries[query] = (original, group);
        return query;
    }

    /// <summary>
    /// The analysed query for <paramref name="text"/> on the field(s) a scope means. With <paramref name="asWritten"/>,
    /// a quoted single word matches that word only, not its other forms (false for synonym alternatives).
    /// </summary>
    private Query? FieldQuery(string field, string text, bool quoted, int slop, bool asWritten = true)
    {
        switch (field)
        {
            case "title":
                return Text(NoteFields.Title, text, quoted, slop, asWritten);
            case "summary":
                return Text(NoteFields.Summary, text, quoted, slop, asWritten);
            case "topic":
                return TopicQuery(text, slop);
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (name, boost) in textFields)
        {
            if (Text(name, text, quoted, slop, asWritten) is { } query)
            {
                query.Boost = boost;
                any.Add(query, Occur.SHOULD);
            }
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    private Query? Text(string field, string text, bool quoted, int slop, bool asWritten = false)
    {
        var query = NewFieldQuery(quoted ? Phrases : Analyzer, field, text, quoted);
        if (query is null)
            return null;
        if (slop > 0 && query is PhraseQuery phrase)
            phrase.Slop = slop;
        else if (slop > 0 && query is MultiPhraseQuery multi)
            multi.Slop = slop;
        if (quoted)
            return asWritten && slop == 0 ? AsWritten(field, text, query) : query;
        return WithNameForms(field, text, query);
    }

    /// <summary>
    /// A quoted word matches that word as written, not its other forms (<c>"universe"</c> is not <c>universes</c>):
    /// the stemmed match (which scores and is highlighted) filtered by the word in the field's unstemmed copy.
    /// Names holding digits are never stemmed, so they need no filter; phrases of several words stay stemmed.
    /// </summary>
    private static Query AsWritten(string field, string text, Query stemmed)
    {
        if (field == NoteFields.TopicText || Tokens(WordsAsWritten, field, text) is not [var word] || word.Any(char.IsDigit))
            return stemmed;
        return new FilteredQuery(stemmed, new QueryWrapperFilter(new TermQuery(new Term(field + NoteFields.ExactSuffix, word))));
    }

    private static List<string> Tokens(Analyzer analyzer, string field, string text) => AnalyzedTerms.Of(analyzer, field, text, max: 2);

    /// <summary>
    /// The other ways a reader types a name, for a plain word: hyphenated <c>h-100</c> also as <c>h100</c> (the
    /// index holds hyphenated names joined too), letters-and-digits <c>tpu8i</c> also as its runs side by side
    /// (<c>TPU 8i</c>). Each form is one more optional clause; most words have none.
    /// </summary>
    private Query WithNameForms(string field, string text, Query query)
    {
        var forms = new WordForms(query);
        if (NameForms.Joined(text) is { } joined && NewFieldQuery(Analyzer, field, joined, quoted: false) is { } whole)
            forms.Or(whole);
        if (NameForms.Split(text) is { } runs && NewFieldQuery(Phrases, field, runs, quoted: true) is PhraseQuery split)
        {
            // The runs of a name are indexed at its own position ("h100" → h, 100 at one position), written apart at successive ones.
            split.Slop = 1;
            // Only where no note writes the name joined (see SplitNameQuery): the runs are common terms.
            forms.Or(Tokens(WordsAsWritten, field, text) is [var name] ? new SplitNameQuery(new Term(field, name), split) : split);
        }
        return forms.Clauses.Count == 1 ? query : forms;
    }

    /// <summary>
    /// Every word on a stemmed text field also looks up its folded form (<see cref="AccentVariantFilter"/>), stemmed
    /// as the index stems it, at <see cref="FoldedBoost"/>: <c>cafe</c> finds <c>café</c>, <c>café</c> finds
    /// <c>cafe</c>, and <c>résumé</c> finds <c>resumes</c>, below the form as typed.
    /// </summary>
    protected override Query NewTermQuery(Term term)
    {
        var exact = base.NewTermQuery(term);
        if (!NoteFields.SearchBoosts.ContainsKey(term.Field))
            return exact;
        var text = term.Text;
        var folded = AccentVariantFilter.FoldedStem(text);
        var query = new WordForms(exact);
        query.Or(new TermQuery(new Term(term.Field, AccentVariantFilter.Marker + folded)) { Boost = FoldedBoost });
        if (!string.Equals(folded, text, StringComparison.Ordinal))
            query.Or(new TermQuery(new Term(term.Field, folded)) { Boost = FoldedBoost });
        return query;
    }

    /// <summary>A topic by its key (<c>topic:kv-cache</c>, <c>topic:"KV cache"</c>) or by words of its label (<c>topic:kv</c>).</summary>
    private Query? TopicQuery(string text, int slop)
    {
        var query = new BooleanQuery(disableCoord: true);
        var key = Topic.KeyOf(text);
        if (key.Length > 0)
            query.Add(new TermQuery(new Term(NoteFields.Topic, key)), Occur.SHOULD);
        if (Text(NoteFields.TopicText, text, quoted: true, slop) is { } words)
            query.Add(words, Occur.SHOULD);
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>A multi-term query (prefix, wildcard, fuzzy) on the unstemmed copies of the scoped field(s).</summary>
    private Query ExactFields(string field, Func<string, Query> make)
    {
        switch (field)
        {
            case "title":
                return make(NoteFields.TitleExact);
            case "summary":
                return make(NoteFields.SummaryExact);
            case "topic":
                return make(NoteFields.Topic);
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (name, boost) in textFields)
        {
            if (name == NoteFields.TopicText)
                continue;
            var query = make(name + NoteFields.ExactSuffix);
            query.Boost = boost;
            any.Add(query, Occur.SHOULD);
        }
        return any;
    }
}
