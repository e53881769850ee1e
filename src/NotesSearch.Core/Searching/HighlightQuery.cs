using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The terms to mark, as a query on the highlighted (stemmed) fields. The postings highlighter only marks
/// query terms of the field it highlights, so terms found elsewhere are mapped here: prefix, wildcard and
/// fuzzy terms on the unstemmed <c>.exact</c> copies are expanded against the index and stemmed
/// (<c>isola*</c> → isolated → <c>isol</c>), and words, phrases and synonyms from any text field are marked in
/// all of them. Words under NOT are never marked.
/// </summary>
internal static class HighlightQuery
{
    /// <summary>Most terms one prefix / wildcard / fuzzy clause contributes to highlighting.</summary>
    private const int MaxExpansions = 30;

    /// <summary>Most distinct terms marked in all (each becomes one clause per highlighted field).</summary>
    private const int MaxTerms = 300;

    private static readonly string[] Highlighted = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];

    public static Query? Build(Query query, IndexReader reader, Analyzer stemmed)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        Walk(query, reader, stemmed, terms);
        if (terms.Count == 0)
            return null;
        var highlight = new BooleanQuery(disableCoord: true);
        foreach (var term in terms.Take(MaxTerms))
        {
            foreach (var field in Highlighted)
                highlight.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        return highlight;
    }

    private static void Walk(Query query, IndexReader reader, Analyzer stemmed, HashSet<string> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                        Walk(clause.Query, reader, stemmed, terms);
                }
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, reader, stemmed, terms);
                break;
            case TermQuery term:
                Add(term.Term.Field, term.Term.Text, stemmed, terms);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                    Add(term.Field, term.Text, stemmed, terms);
                break;
            case MultiPhraseQuery multi:
                foreach (var term in multi.GetTermArrays().SelectMany(t => t))
                    Add(term.Field, term.Text, stemmed, terms);
                break;
            case MultiTermQuery multiTerm when multiTerm.Field.EndsWith(NoteFields.ExactSuffix, StringComparison.Ordinal):
                Expand(multiTerm, reader, stemmed, terms);
                break;
        }
    }

    private static void Expand(MultiTermQuery query, IndexReader reader, Analyzer stemmed, HashSet<string> terms)
    {
        var found = 0;
        foreach (var leaf in reader.Leaves)
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(query.Field);
            if (fieldTerms is null)
                continue;
            var matching = query.GetTermsEnum(fieldTerms);
            while (found < MaxExpansions && matching.MoveNext())
            {
                Add(query.Field, matching.Term.Utf8ToString(), stemmed, terms);
                found++;
            }
        }
    }

    private static void Add(string field, string text, Analyzer stemmed, HashSet<string> terms)
    {
        if (field.EndsWith(NoteFields.ExactSuffix, StringComparison.Ordinal))
        {
            // An unstemmed term: mark it in the stemmed fields under its stem.
            using var stream = stemmed.GetTokenStream(NoteFields.Body, text);
            var attribute = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                terms.Add(attribute.ToString());
            stream.End();
        }
        else if (NoteFields.SearchBoosts.ContainsKey(field))
        {
            terms.Add(text);
        }
    }
}
