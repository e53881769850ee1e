using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NotesSearch.Core.Searching;

/// <summary>
/// A name typed joined (<c>tpu8i</c>) looked up as its runs written apart (<c>TPU 8i</c>), only where the field's notes
/// never write it joined: <see cref="Rewrite"/> (with the reader, per search) gives the phrase when
/// <see cref="Joined"/> has no postings in the field, else a query matching nothing. Why: the runs of a common name
/// (<c>h</c> and <c>100</c> of <c>H100</c>) are among the commonest terms, and their phrase tripled the cost of such a
/// query, to find the rare note that writes <c>H 100</c> where thousands write <c>H100</c>.
/// </summary>
internal sealed class SplitNameQuery(Term joined, PhraseQuery apart) : Query
{
    /// <summary>The name as one term (<c>body:h100</c>).</summary>
    public Term Joined { get; } = joined;

    /// <summary>The runs as a phrase (<c>body:"h 100"~1</c>).</summary>
    public PhraseQuery Apart { get; } = apart;

    public override Query Rewrite(IndexReader reader) =>
        reader.DocFreq(Joined) > 0 ? new BooleanQuery() : Apart;

    public override void ExtractTerms(ISet<Term> terms) => Apart.ExtractTerms(terms);

    public override string ToString(string field) => Apart.ToString(field);

    public override bool Equals(object? obj) =>
        obj is SplitNameQuery other && Joined.Equals(other.Joined) && Apart.Equals(other.Apart) && Boost == other.Boost;

    public override int GetHashCode() => HashCode.Combine(Joined, Apart, Boost);
}
