using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Indexing;

/// <summary>
/// The stem cache must be invisible: every token, its position, offsets and keyword flag, exactly as Lucene's KStemFilter
/// gives them, whether the word is met for the first time (stemmed) or again (looked up), and from several threads at once.
/// </summary>
public class CachingKStemFilterTests
{
    [Fact]
    public void Real_blogs_stem_as_KStem_does_on_first_sight_and_on_every_repeat()
    {
        var texts = new[] { RepoPaths.GoBlogPosts, RepoPaths.Blog("hugo"), RepoPaths.Blog("zola") }
            .SelectMany(folder => new ContentScanner(NoteParserOptions.Default).Scan(folder))
            .Select(f => f.Note)
            .OfType<Note>()
            .Select(n => n.Title + "\n" + n.Text)
            .ToArray();
        Assert.True(texts.Length > 200, $"only {texts.Length} notes");
        // Twice over: the second pass finds every word already remembered.
        foreach (var text in texts.Concat(texts))
            Assert.Equal(Tokens(Chain(cached: false), text), Tokens(Chain(cached: true), text));
    }

    [Fact]
    public void Odd_words_and_keywords_stem_as_KStem_does()
    {
        const string text = "running runs ran H100 p99 3dgs organizations organize organic universities universe " +
                            "CAFÉS cafés naïve ÆON ǅungla ﬁles 漢字 the the the ies s ss's aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing";
        for (var pass = 0; pass < 2; pass++)
            Assert.Equal(Tokens(Chain(cached: false), text), Tokens(Chain(cached: true), text));
    }

    [Fact]
    public void Threads_sharing_the_cache_get_KStem_s_stems()
    {
        var random = new Random(16);
        var words = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))
            .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var texts = Enumerable.Range(0, 64)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 300).Select(_ => words[random.Next(words.Length)] + "s")))
            .ToArray();
        var expected = texts.Select(t => Tokens(Chain(cached: false), t)).ToArray();
        var actual = new List<string>[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Tokens(Chain(cached: true), texts[i]));
        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(expected[i], actual[i]);
    }

    [Fact]
    public void A_word_is_remembered_once_stemmed_and_the_cache_stays_bounded()
    {
        // Letters only, so KStem treats it as a word; new to this process, so the first sight stems it.
        var random = new Random();
        var word = new string(Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26))).ToArray()) + "ings";
        var longWord = new string('q', CachingKStemFilter.MaxWordLength) + "ings";
        var tokens = Tokens(Chain(cached: true), word + " " + longWord);
        Assert.Equal(Tokens(Chain(cached: false), word + " " + longWord), tokens);
        Assert.True(CachingKStemFilter.Remembers(word) || CachingKStemFilter.Count == CachingKStemFilter.MaxWords,
            $"'{word}' was not remembered, and the cache holds only {CachingKStemFilter.Count} words");
        Assert.False(CachingKStemFilter.Remembers(longWord));
        Assert.InRange(CachingKStemFilter.Count, 1, CachingKStemFilter.MaxWords);
    }

    private static Analyzer Chain(bool cached) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(NoteFields.Version, reader);
        TokenStream stream = new DigitKeywordFilter(new CaseFoldFilter(source));
        stream = cached ? new CachingKStemFilter(stream) : new KStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add($"{term} +{position.PositionIncrement} {offset.StartOffset}-{offset.EndOffset} {keyword.IsKeyword}");
        stream.End();
        return tokens;
    }
}
