using Lucene.Net.Search;

namespace NotesSearch.Core.Searching;

/// <summary>
/// One query word on one field and the other forms it is also looked up under (folded accents, a name joined or
/// split): any form matches, the form as typed first. A word with its forms still counts as one word
/// (for the query caps), and <see cref="Typed"/> is what the reader wrote.
/// </summary>
internal sealed class WordForms : BooleanQuery
{
    public WordForms(Query typed) : base(disableCoord: true) => Add(typed, Occur.SHOULD);

    /// <summary>The word as typed (analysed), the first clause.</summary>
    public Query Typed => Clauses[0].Query;

    /// <summary>Adds another form, optional like the first.</summary>
    public void Or(Query form) => Add(form, Occur.SHOULD);
}
