using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// At index time, gives a word written with accents a second, folded form at its position, marked with
/// <see cref="Marker"/> (<c>café</c> → <c>café</c>, <c>\u0001cafe</c>): <c>cafe</c> then finds it as a
/// secondary match (a query word also looks up its marked folded form, at a lower boost), while the exact
/// form, unmarked, still ranks first. Words of plain ASCII, the vast majority, cost nothing.
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

    /// <summary>The marked, folded term a query word looks up: <c>"\u0001cafe"</c> for <c>café</c> and for <c>cafe</c>.</summary>
    public static string Variant(string word) => Marker + Fold(word);

    /// <summary><paramref name="word"/> with accents and other marks folded to ASCII (Lucene's ASCIIFoldingFilter table).</summary>
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
            return word;
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
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
            var fold = Fold(text);
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
}
