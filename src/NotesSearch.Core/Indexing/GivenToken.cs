using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// A token stream over the attributes of <paramref name="owner"/> that gives one token, whatever the attributes hold
/// now, each time it is told to (<see cref="Give"/>): it lets a Lucene filter such as KStemFilter work on a word that
/// is not read from a tokenizer.
/// </summary>
internal sealed class GivenToken(AttributeSource owner) : TokenStream(owner)
{
    private bool given;

    public void Give() => given = true;

    public override bool IncrementToken()
    {
        var next = given;
        given = false;
        return next;
    }
}
