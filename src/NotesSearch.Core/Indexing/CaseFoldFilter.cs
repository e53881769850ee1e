using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Unicode NFKC case folding of every token (ICU's <c>nfkc_cf</c>: decomposed <c>Zu&#x308;rich</c> is <c>zürich</c>,
/// full-width <c>ＧＰＵ</c> is <c>gpu</c>), the same output as Lucene's <c>ICUNormalizer2Filter</c> with a fast path:
/// a token of plain ASCII, nearly every token of English prose, is only lower-cased in place (NFKC leaves ASCII as it
/// is, and case folding maps only A–Z there), where ICU's quick check would send every capitalised word through a
/// full normalisation with its string and builder. Other tokens go through ICU's normaliser.
/// </summary>
public sealed class CaseFoldFilter : TokenFilter
{
    private static readonly Normalizer2 Folding = Normalizer2.NFKCCaseFoldInstance;

    private readonly ICharTermAttribute term;

    public CaseFoldFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var text = term.Buffer.AsSpan(0, term.Length);
        if (System.Text.Ascii.IsValid(text))
        {
            System.Text.Ascii.ToLowerInPlace(text, out _);
            return true;
        }
        if (Folding.QuickCheck(text) != QuickCheckResult.Yes)
        {
            var folded = Folding.Normalize(text);
            term.SetEmpty().Append(folded);
        }
        return true;
    }
}
