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

    /// <summary>Whether <paramref name="word"/> holds an ASCII digit: a name the stemmer leaves alone.</summary>
    public static bool IsName(ReadOnlySpan<char> word) => word.ContainsAnyInRange('0', '9');

    protected override bool IsKeyword() => IsName(term.Buffer.AsSpan(0, term.Length));
}
