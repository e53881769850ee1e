using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Marks every token that holds a digit as a keyword, so the stemmer leaves names such as
/// <c>h100</c>, <c>p99</c> and <c>3dgs</c> alone.
/// </summary>
public sealed class DigitKeywordFilter : KeywordMarkerFilter
{
    private readonly ICharTermAttribute term;

    public DigitKeywordFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    protected override bool IsKeyword()
    {
        var buffer = term.Buffer;
        for (var i = 0; i < term.Length; i++)
        {
            if (char.IsAsciiDigit(buffer[i]))
                return true;
        }
        return false;
    }
}
