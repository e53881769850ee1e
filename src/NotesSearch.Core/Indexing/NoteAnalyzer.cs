using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The analysis chains, built once and shared (Lucene analyzers are thread-safe: each thread
/// gets its own token stream components).
/// Every chain tokenizes with StandardTokenizer and normalises each token with ICU's NFKC case folding (<see cref="CaseFoldFilter"/>)
/// (decomposed <c>Zu&#x308;rich</c> is <c>zürich</c>, full-width <c>ＧＰＵ</c> is <c>gpu</c>).
/// Stemmed fields are indexed with their stop words (so <c>"soup of the day"</c> is a phrase of four words, not
/// two words three apart), hyphenated and letter/digit names split and joined (<see cref="NamePartsFilter"/>),
/// KStem (a dictionary stemmer: <c>universe</c> and <c>university</c>, <c>organize</c> and <c>organic</c> stay
/// apart, as Porter's rules did not keep them), and a folded form of accented words (<see cref="AccentVariantFilter"/>).
/// Queries drop stop words from plain words and keep them in phrases.
/// The <see cref="NoteFields.ExactSuffix"/> copies keep words as written (case-folded), stop words included.
/// </summary>
public static class NoteAnalyzer
{
    /// <summary>For writing: per-field chains, with the index-time expansions (version suffixes, name parts, folded accents).</summary>
    public static Analyzer ForIndexing() => PerField(Indexing(), Exact(expandVersions: true));

    /// <summary>For parsing plain query words: the stemmed chain without stop words, and the exact chain.</summary>
    public static Analyzer ForQueries() => PerField(Query(keepStopWords: false), Exact(expandVersions: false));

    /// <summary>For parsing quoted phrases: the stemmed chain keeping stop words, so a phrase matches its stop words too.</summary>
    public static Analyzer ForPhrases() => PerField(Query(keepStopWords: true), Exact(expandVersions: false));

    /// <summary>
    /// The stemmed chain alone: with <paramref name="expandVersions"/>, the index chain (all expansions, stop words
    /// kept); without, the query chain for plain words (stop words out), which turns a word into the term it is indexed under.
    /// </summary>
    public static Analyzer Stemmed(bool expandVersions) => expandVersions ? Indexing() : Query(keepStopWords: false);

    /// <summary>The unstemmed chain: tokens as written, NFKC case-folded, stop words kept.</summary>
    public static Analyzer Exact(bool expandVersions) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(NoteFields.Version, reader);
        TokenStream stream = new CaseFoldFilter(source);
        if (expandVersions)
            stream = new VersionSuffixFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private static Analyzer Indexing() => Analyzer.NewAnonymous(
        (_, reader) =>
        {
            var source = new StandardTokenizer(NoteFields.Version, reader);
            return new TokenStreamComponents(source, IndexFilters(source, tap: null));
        },
        (_, reader) => new HyphenTieCharFilter(reader));

    /// <summary>
    /// The stemmed index chain over <paramref name="source"/> (which must read through a <see cref="HyphenTieCharFilter"/>),
    /// with <paramref name="tap"/>, when given, gathering the terms of the unstemmed copy on the way (<see cref="ExactWordsTap"/>).
    /// </summary>
    internal static TokenStream IndexFilters(Tokenizer source, ExactWords? tap)
    {
        TokenStream stream = new CaseFoldFilter(source);
        if (tap is not null)
            stream = new ExactWordsTap(stream, tap);
        stream = new EnglishPossessiveFilter(NoteFields.Version, stream);
        stream = new NamePartsFilter(stream);
        stream = new VersionSuffixFilter(stream);
        stream = Stem(stream, cached: true);
        return new AccentVariantFilter(stream);
    }

    private static Analyzer Query(bool keepStopWords) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(NoteFields.Version, reader);
        TokenStream stream = new CaseFoldFilter(source);
        stream = new EnglishPossessiveFilter(NoteFields.Version, stream);
        if (!keepStopWords)
            stream = new StopFilter(NoteFields.Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, Stem(stream, cached: false));
    });

    /// <summary>
    /// KStem, except for tokens holding digits (h100, p99, 3dgs): names, not words. Indexing remembers stems
    /// (<see cref="CachingKStemFilter"/>, same output); queries do not, so what visitors type never fills that cache.
    /// </summary>
    private static TokenStream Stem(TokenStream stream, bool cached)
    {
        stream = new DigitKeywordFilter(stream);
        return cached ? new CachingKStemFilter(stream) : new KStemFilter(stream);
    }

    private static PerFieldAnalyzerWrapper PerField(Analyzer stemmed, Analyzer exact) =>
        new(stemmed, new Dictionary<string, Analyzer>
        {
            [NoteFields.TitleExact] = exact,
            [NoteFields.SummaryExact] = exact,
            [NoteFields.BodyExact] = exact,
        });
}
