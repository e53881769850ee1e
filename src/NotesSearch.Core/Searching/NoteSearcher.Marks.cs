using Lucene.Net.Search;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

public sealed partial class NoteSearcher
{
    /// <summary>
    /// A note page's HTML with the words of <paramref name="query"/> marked as the search matches them (stemmed,
    /// prefix and fuzzy words expanded as for snippets, words under NOT left alone, nothing inside code); see
    /// <see cref="PageMarker"/> for the bounds. A query with no words marks nothing.
    /// </summary>
    public MarkedHtml MarkQueryWords(string html, string? query)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(query))
            return new MarkedHtml(html, 0, false);
        var parsed = builder.Build(query);
        if (!parsed.HasWords)
            return new MarkedHtml(html, 0, false);
        var terms = Use(searcher => BodyTerms(HighlightQuery.Build(parsed.Query, searcher.IndexReader, stemmed)));
        return PageMarker.Mark(html, terms, stemmed);
    }

    /// <summary>The body terms of the highlighter's query (a flat OR of term queries, one per field and term).</summary>
    private static HashSet<string> BodyTerms(Query? highlight)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (highlight is BooleanQuery clauses)
        {
            foreach (var clause in clauses.Clauses)
            {
                if (clause.Query is TermQuery { Term: var term } && term.Field == NoteFields.Body)
                    terms.Add(term.Text);
            }
        }
        return terms;
    }
}
