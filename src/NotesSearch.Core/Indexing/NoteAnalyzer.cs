using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The analysis chains, built once and shared (Lucene analyzers are thread-safe: each thread
/// gets its own token stream components).
/// Stemmed fields get EnglishAnalyzer's chain (StandardTokenizer, possessives, lower case,
/// English stop words, Porter stemming) so results agree with Lucene's reference;
/// the <see cref="NoteFields.ExactSuffix"/> copies skip stop words and stemming.
/// </summary>
public static class NoteAnalyzer
{
    /// <summary>For writing: per-field chains, with version-suffix expansion (<c>rocev2</c> → also <c>roce</c>).</summary>
    public static Analyzer ForIndexing() => PerField(expandVersions: true);

    /// <summary>For parsing queries: the same chains without the index-time expansion.</summary>
    public static Analyzer ForQueries() => PerField(expandVersions: false);

    /// <summary>The stemmed English chain alone.</summary>
    public static Analyzer Stemmed(bool expandVersions) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(NoteFields.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(NoteFields.Version, source);
        stream = new LowerCaseFilter(NoteFields.Version, stream);
        if (expandVersions)
            stream = new VersionSuffixFilter(stream);
        stream = new StopFilter(NoteFields.Version, stream, EnglishAnalyzer.DefaultStopSet);
        // Tokens holding digits (h100, p99, 3dgs) are names, not words: never stem them.
        stream = new DigitKeywordFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The unstemmed chain: tokens as written, lower-cased, stop words kept.</summary>
    public static Analyzer Exact(bool expandVersions) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(NoteFields.Version, reader);
        TokenStream stream = new LowerCaseFilter(NoteFields.Version, source);
        if (expandVersions)
            stream = new VersionSuffixFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private static PerFieldAnalyzerWrapper PerField(bool expandVersions)
    {
        var exact = Exact(expandVersions);
        return new PerFieldAnalyzerWrapper(Stemmed(expandVersions), new Dictionary<string, Analyzer>
        {
            [NoteFields.TitleExact] = exact,
            [NoteFields.SummaryExact] = exact,
            [NoteFields.BodyExact] = exact,
        });
    }
}
