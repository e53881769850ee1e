using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The words one text gives the unstemmed copy of its field (<see cref="NoteFields.ExactSuffix"/>), gathered while the
/// stemmed chain reads the same text (<see cref="ExactWordsTap"/>), so a build tokenises and case-folds each text once
/// instead of twice. The copy is indexed as bare words (no frequencies, positions or norms): the writer's term hash keeps
/// one posting per distinct word of a document, so the words are handed over as they came, repeats included (a set of
/// our own, hashed per word on top of the writer's hash, was 8% of a build's CPU). They are those
/// <see cref="NoteAnalyzer.Exact"/> with version suffixes gives, which <see cref="FillFrom"/> runs instead whenever the
/// tap did not see the whole text. Held in one character buffer reused note after note: it grows to about the longest
/// text met (a little more where case folding lengthens a word, ß → ss, or a name also gives its version-less form;
/// a note is at most <see cref="Notes.NoteParserOptions.MaxFileBytes"/>, 5 MB by default), and past
/// <see cref="KeptChars"/> it is let go when the next text starts, so one very long note does not hold megabytes per
/// field and writer thread for the rest of a build. Not thread-safe: one per field of a writer thread's
/// <see cref="NoteDocumentBuilder"/>.
/// </summary>
internal sealed class ExactWords
{
    /// <summary>Characters (512 KB) the buffer keeps from one text to the next; a longer text's buffer is let go.</summary>
    internal const int KeptChars = 256 * 1024;

    private const int KeptWords = KeptChars / 4;

    private static readonly Analyzer Exact = NoteAnalyzer.Exact(expandVersions: true);

    private char[] chars = new char[4096];
    private int[] ends = new int[512];
    private int used;
    private string? source;
    private bool complete;

    /// <summary>How many words were gathered.</summary>
    public int Count { get; private set; }

    /// <summary>Puts the <paramref name="index"/>th word gathered into <paramref name="term"/>.</summary>
    public void CopyTo(int index, ICharTermAttribute term)
    {
        var start = index == 0 ? 0 : ends[index - 1];
        term.CopyBuffer(chars, start, ends[index] - start);
    }

    /// <summary>Characters the buffer holds now (for tests).</summary>
    internal int Capacity => chars.Length;

    /// <summary>Starts gathering the words of <paramref name="text"/>.</summary>
    public void Start(string text)
    {
        if (chars.Length > KeptChars)
            chars = new char[Math.Min(KeptChars, Math.Max(4096, text.Length))];
        if (ends.Length > KeptWords)
            ends = new int[512];
        Count = used = 0;
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
            if (token[range] is { IsEmpty: false } part)
                AddWord(part);
        }
    }

    /// <summary>The tap saw every token of the text.</summary>
    public void Complete() => complete = true;

    /// <summary>The tap skipped something (the tokenizer dropped an over-long token): <see cref="FillFrom"/> decides.</summary>
    public void Abandon() => source = null;

    /// <summary>Whether the words are those of all of <paramref name="text"/> (the very string the tap read).</summary>
    public bool HoldsAllOf(string text) => complete && ReferenceEquals(source, text);

    /// <summary>Gathers the words of <paramref name="text"/> by running the unstemmed chain itself.</summary>
    public void FillFrom(string text)
    {
        Start(text);
        foreach (var word in AnalyzedTerms.Of(Exact, NoteFields.BodyExact, text))
            Add(word);
        complete = true;
    }

    private void AddWord(ReadOnlySpan<char> word)
    {
        Add(word);
        if (VersionSuffixFilter.StemLength(word) is > 0 and var stem)
            Add(word[..stem]);
    }

    private void Add(ReadOnlySpan<char> word)
    {
        if (used + word.Length > chars.Length)
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + word.Length));
        if (Count == ends.Length)
            Array.Resize(ref ends, ends.Length * 2);
        word.CopyTo(chars.AsSpan(used));
        used += word.Length;
        ends[Count++] = used;
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
/// The token stream of an unstemmed copy field: the words its <see cref="ExactWords"/> gathered from the stemmed field
/// of the same text (which the writer inverts first: it takes a document's fields in name order, and <c>body</c> comes
/// before <c>body.exact</c>), or, when they are not those of this text, the words of the unstemmed chain run here.
/// </summary>
internal sealed class ExactWordsStream : TokenStream
{
    private readonly ExactWords words;
    private readonly ICharTermAttribute term;
    private int next;
    private string text = "";

    public ExactWordsStream(ExactWords words)
    {
        this.words = words;
        term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>The text whose words this stream gives next.</summary>
    public void Expect(string text) => this.text = text;

    public override void Reset()
    {
        base.Reset();
        if (!words.HoldsAllOf(text))
            words.FillFrom(text);
        next = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next == words.Count)
            return false;
        words.CopyTo(next++, term);
        return true;
    }
}
