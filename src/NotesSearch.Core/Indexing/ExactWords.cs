using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The distinct terms one text gives the unstemmed copy of its field (<see cref="NoteFields.ExactSuffix"/>), gathered
/// while the stemmed chain reads the same text (<see cref="ExactWordsTap"/>), so a build tokenises and case-folds each
/// text once instead of twice. The copy is indexed as bare words (no frequencies, positions or norms), so its set of
/// terms is all it holds: the same set as <see cref="NoteAnalyzer.Exact"/> with version suffixes gives, which
/// <see cref="FillFrom"/> runs instead whenever the tap did not see the whole text. Not thread-safe: one per field of a
/// writer thread's <see cref="NoteDocumentBuilder"/>.
/// </summary>
internal sealed class ExactWords
{
    private static readonly Analyzer Exact = NoteAnalyzer.Exact(expandVersions: true);

    /// <summary>Bounds <see cref="known"/>: the common words of a collection, a few MB at most per field of a writer thread.</summary>
    private const int MaxKnownWords = 50_000;

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>The words of earlier texts, so a common word's string is made once, not once per note.</summary>
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> knownLookup;
    private string? source;
    private bool complete;

    public ExactWords()
    {
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The terms gathered, in no particular order.</summary>
    public IEnumerable<string> Terms => words;

    /// <summary>Starts gathering the terms of <paramref name="text"/>.</summary>
    public void Start(string text)
    {
        words.Clear();
        source = text;
        complete = false;
    }

    /// <summary>
    /// Takes one token as the stemmed chain's tokenizer and case folding leave it: a hyphenated name, which that chain
    /// keeps whole (<see cref="HyphenTieCharFilter"/>), counts as its parts, as the unstemmed chain's tokenizer cuts it;
    /// a name with a version suffix also gives the name without it (<see cref="VersionSuffixFilter"/>).
    /// </summary>
    public void AddToken(ReadOnlySpan<char> token)
    {
        foreach (var range in token.Split(HyphenTieCharFilter.Tie))
        {
            var part = token[range];
            if (part.IsEmpty)
                continue;
            Add(part);
            if (VersionSuffixFilter.StemLength(part) is > 0 and var stem)
                Add(part[..stem]);
        }
    }

    /// <summary>The tap saw every token of the text.</summary>
    public void Complete() => complete = true;

    /// <summary>The tap skipped something (the tokenizer dropped an over-long token): <see cref="FillFrom"/> decides.</summary>
    public void Abandon() => source = null;

    /// <summary>Whether the terms are those of all of <paramref name="text"/> (the very string the tap read).</summary>
    public bool HoldsAllOf(string text) => complete && ReferenceEquals(source, text);

    /// <summary>Gathers the terms of <paramref name="text"/> by running the unstemmed chain itself.</summary>
    public void FillFrom(string text)
    {
        Start(text);
        foreach (var word in AnalyzedTerms.Of(Exact, NoteFields.BodyExact, text))
            Add(word);
        complete = true;
    }

    private void Add(ReadOnlySpan<char> word)
    {
        if (lookup.Contains(word))
            return;
        if (!knownLookup.TryGetValue(word, out var text))
        {
            text = word.ToString();
            if (known.Count < MaxKnownWords)
                known.Add(text);
        }
        words.Add(text);
    }
}

/// <summary>
/// Sits in the stemmed index chain right after case folding and hands every token to an <see cref="ExactWords"/>;
/// the tokens themselves pass unchanged.
/// </summary>
internal sealed class ExactWordsTap : TokenFilter
{
    private readonly ExactWords words;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;

    public ExactWordsTap(TokenStream input, ExactWords words) : base(input)
    {
        this.words = words;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            words.Complete();
            return false;
        }
        // The tokenizer skips a token longer than its limit and says so with a gap; the hyphenated whole may be over
        // the limit where its parts were not: then the unstemmed chain has to read the text itself.
        if (position.PositionIncrement != 1)
            words.Abandon();
        words.AddToken(term.Buffer.AsSpan(0, term.Length));
        return true;
    }

    public override void End()
    {
        base.End();
        // Tokens skipped at the very end show as the final position increment.
        if (position.PositionIncrement != 0)
            words.Abandon();
    }
}

/// <summary>
/// The token stream of an unstemmed copy field: the terms its <see cref="ExactWords"/> gathered from the stemmed field
/// of the same text (which the writer inverts first: it takes a document's fields in name order, and <c>body</c> comes
/// before <c>body.exact</c>), or, when they are not those of this text, the terms of the unstemmed chain run here.
/// </summary>
internal sealed class ExactWordsStream : TokenStream
{
    private readonly ExactWords words;
    private readonly ICharTermAttribute term;
    private IEnumerator<string>? terms;
    private string text = "";

    public ExactWordsStream(ExactWords words)
    {
        this.words = words;
        term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>The text whose terms this stream gives next.</summary>
    public void Expect(string text) => this.text = text;

    public override void Reset()
    {
        base.Reset();
        if (!words.HoldsAllOf(text))
            words.FillFrom(text);
        terms = words.Terms.GetEnumerator();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (terms is null || !terms.MoveNext())
            return false;
        term.SetEmpty().Append(terms.Current);
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        terms?.Dispose();
        terms = null;
        base.Dispose(disposing);
    }
}
