using Lucene.Net.Search;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

public sealed partial class NoteSearcher
{
    /// <summary>
    /// A note page's HTML with the words of <paramref name="query"/> marked as the search matches them (stemmed,
    /// prefix and fuzzy words expanded as for snippets, words under NOT left alone, nothing inside code); see
    /// <see cref="PageMarker"/> for the bounds. A query with no words marks nothing. Prefix, wildcard and fuzzy words
    /// expand to the words the note <paramref name="slug"/> holds (none when it is not in the index).
    /// </summary>
    public MarkedHtml MarkQueryWords(string html, string? query, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(query))
            return new MarkedHtml(html, 0, false);
        var marked = Mark(html, builder.Build(query), slug);
        // A hit found while typing links here with its half-typed last word ("disag"): read it as the search did.
        return marked.Marks == 0 && slug is not null ? Mark(html, builder.Build(query, prefixLast: true), slug) : marked;
    }

    private MarkedHtml Mark(string html, ParsedQuery parsed, string? slug)
    {
        if (!parsed.HasWords)
            return new MarkedHtml(html, 0, false);
        var terms = Use(searcher =>
        {
            var doc = slug is null ? null : searcher.Search(new TermQuery(NoteDocuments.KeyOf(slug)), 1).ScoreDocs.FirstOrDefault();
            return BodyTerms(HighlightQuery.Build(parsed.Query, searcher.IndexReader, stemmed, doc is null ? [] : [doc.Doc])?.Query);
        });
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
