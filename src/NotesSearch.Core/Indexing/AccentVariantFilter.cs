using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// At index time, gives a word written with accents a second, folded form at its position, marked with
/// <see cref="Marker"/> (<c>café</c> → <c>café</c>, <c>\u0001cafe</c>): <c>cafe</c> then finds it as a
/// secondary match (a query word also looks up its marked folded form, at a lower boost), while the exact
/// form, unmarked, still ranks first. Words of plain ASCII, the vast majority, cost nothing.
/// The folded form is stemmed (<see cref="FoldedStem"/>): KStem leaves every word with a letter outside a–z as it
/// is, so <c>résumés</c> reaches this filter unstemmed, and only its folded <c>resumes</c> → <c>resume</c> meets
/// what <c>resumes</c>, <c>résumé</c> or a joined name such as <c>naivebayes</c> (of <c>naïve-Bayes</c>) look up.
/// </summary>
public sealed class AccentVariantFilter : TokenFilter
{
    /// <summary>Starts every folded term; no tokenizer emits it, so a folded term never collides with a written one.</summary>
    public const char Marker = '\u0001';

    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;

    // The folded form waiting to be emitted. This is the chain's last filter: the writer reads only the term, the
    // position and the offsets, and the offsets are still the word's, so nothing else needs restoring.
    private string? folded;

    public AccentVariantFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>
    /// <paramref name="word"/> (a term as the stemmed chain gives it) folded to ASCII and then stemmed with KStem, as the
    /// chain would have stemmed it had it been written without accents: <c>résumés</c> → <c>resume</c>. A word that
    /// folds to itself is returned as it is (the chain stemmed it already, or it has no foldable letter), and one
    /// holding a digit is not stemmed (a name, as <see cref="DigitKeywordFilter"/> keeps it).
    /// </summary>
    public static string FoldedStem(string word)
    {
        var folded = Fold(word);
        if (string.Equals(folded, word, StringComparison.Ordinal) || DigitKeywordFilter.IsName(folded))
            return folded;
        return WordStemmer.Stem(folded);
    }

    /// <summary>
    /// <paramref name="word"/> with accents and other marks folded to ASCII (Lucene's ASCIIFoldingFilter table), and
    /// a combining mark left on an ASCII letter dropped: the table folds precomposed letters only, and case folding
    /// turns the Turkish <c>İ</c> into <c>i</c> + U+0307, which has none (<c>İstanbul</c> → <c>istanbul</c>). Marks in
    /// other scripts (Devanagari vowel signs, Hebrew points) are kept: there they are part of the word.
    /// </summary>
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
            return word;
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (kept > 0 && char.IsAsciiLetter(output[kept - 1]) &&
                char.GetUnicodeCategory(output[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)
                continue;
            output[kept++] = output[i];
        }
        return new string(output, 0, kept);
    }

    public override bool IncrementToken()
    {
        if (folded is not null)
        {
            term.SetEmpty().Append(Marker).Append(folded);
            position.PositionIncrement = 0;
            folded = null;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        if (!System.Text.Ascii.IsValid(term.Buffer.AsSpan(0, term.Length)))
        {
            var text = term.ToString();
            var fold = FoldedStem(text);
            if (!string.Equals(fold, text, StringComparison.Ordinal))
                folded = fold;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        folded = null;
    }

    /// <summary>KStem (Lucene's <see cref="KStemFilter"/>) of one word outside any chain; one per thread.</summary>
    private sealed class WordStemmer
    {
        [ThreadStatic]
        private static WordStemmer? current;

        private readonly GivenToken source;
        private readonly ICharTermAttribute term;
        private readonly KStemFilter stemmer;

        private WordStemmer()
        {
            source = new GivenToken(new AttributeSource());
            term = source.AddAttribute<ICharTermAttribute>();
            stemmer = new KStemFilter(source);
        }

        public static string Stem(string word)
        {
            var stemmer = current ??= new WordStemmer();
            stemmer.term.SetEmpty().Append(word);
            stemmer.source.Give();
            stemmer.stemmer.IncrementToken();
            return stemmer.term.ToString();
        }
    }
}
