using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Counts the notes that hold a word the way a search reads it (stemmed, in any searched field: title, summary,
/// body, topic labels), for autocomplete: so a completion is offered only when it finds a note. Walks postings of a
/// top-level reader and stops when the budget runs out (a count cut short is a lower bound). One per call; not thread-safe.
/// </summary>
internal sealed class NoteCounter(IndexReader reader, QueryBudget budget)
{
    private static readonly Analyzer Stemmed = NoteAnalyzer.Stemmed(expandVersions: false);

    private readonly IBits? live = MultiFields.GetLiveDocs(reader);
    private FixedBitSet? seen;

    /// <summary>The notes holding every analysed term of <paramref name="word"/>; null when it has none (a stop word).</summary>
    public FixedBitSet? Holding(string word)
    {
        FixedBitSet? all = null;
        foreach (var term in Stems(word))
        {
            var holding = new FixedBitSet(reader.MaxDoc);
            foreach (var field in NoteFields.SearchBoosts.Keys)
                Walk(field, term, doc => holding.Set(doc));
            if (all is null)
                all = holding;
            else
                all.And(holding);
        }
        return all;
    }

    /// <summary>
    /// How many notes among <paramref name="among"/> (null: all) hold <paramref name="word"/>, and a weight: each
    /// field holding it counts its search boost (a title most).
    /// </summary>
    public (int Count, double Weight) Count(string word, FixedBitSet? among)
    {
        var terms = Stems(word);
        if (terms.Count != 1)
        {
            // A word the analyzer splits (rare in a completion): every part must be held.
            if (Holding(word) is not { } holding)
                return (0, 0);
            if (among is not null)
                holding.And(among);
            var count = holding.Cardinality;
            return (count, count);
        }
        seen ??= new FixedBitSet(reader.MaxDoc);
        seen.Clear(0, seen.Length);
        var notes = 0;
        var weight = 0.0;
        foreach (var (field, boost) in NoteFields.SearchBoosts)
        {
            Walk(field, terms[0], doc =>
            {
                if (among is not null && !among.Get(doc))
                    return;
                weight += boost;
                if (!seen.GetAndSet(doc))
                    notes++;
            });
        }
        return (notes, weight);
    }

    private void Walk(string field, string term, Action<int> visit)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, live, field, new BytesRef(term));
        if (docs is null)
            return;
        for (var read = 0; docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; read++)
        {
            if ((read & 255) == 255 && budget.Expired)
                return;
            visit(docs.DocID);
        }
    }

    private static List<string> Stems(string word) => AnalyzedTerms.Of(Stemmed, NoteFields.Body, word);
}
