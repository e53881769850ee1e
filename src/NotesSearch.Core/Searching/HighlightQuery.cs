using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// What to mark in a page of hits, read from the query as run. The postings highlighter only marks query terms of
/// the field it highlights, so terms found elsewhere are mapped here: prefix, wildcard and fuzzy terms on the
/// unstemmed <c>.exact</c> copies are expanded against the page's documents and stemmed (<c>isola*</c> → isolated →
/// <c>isol</c>), and words, phrases and synonyms from any text field are marked in all of them. Words under NOT are
/// never marked. A phrase's words (a quoted phrase, a multi-word synonym, a CJK word read as a phrase of characters)
/// are marked only where the whole phrase stands: <see cref="HighlightTerms"/> says which terms may stand alone.
/// </summary>
internal static class HighlightQuery
{
    /// <summary>Most terms one prefix / wildcard / fuzzy clause contributes to highlighting, per hit.</summary>
    private const int MaxExpansionsPerHit = 30;

    /// <summary>Most terms of the dictionary one prefix / wildcard clause walks to find the page's words (the time budget bounds it too).</summary>
    private const int MaxWalkedTerms = 100_000;

    /// <summary>Most distinct terms marked in all (each becomes one clause per highlighted field).</summary>
    private const int MaxTerms = 300;

    private static readonly string[] Highlighted = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];

    /// <summary>The terms to mark in the documents <paramref name="docs"/> (top-level doc ids), or null when there are none.</summary>
    /// <exception cref="QueryBudgetExceededException">A budgeted prefix or wildcard clause ran out of time while being expanded.</exception>
    public static HighlightTerms? Build(Query query, IndexReader reader, Analyzer stemmed, IReadOnlyCollection<int> docs)
    {
        var plan = new Plan(reader, stemmed, docs);
        Walk(query, plan);
        var terms = plan.Alone.Concat(plan.Phrases.SelectMany(p => p.Terms.SelectMany(t => t))).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToArray();
        if (terms.Length == 0)
            return null;
        var highlight = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            foreach (var field in Highlighted)
                highlight.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        return new HighlightTerms(highlight, plan.Alone, plan.Phrases);
    }

    private static void Walk(Query query, Plan plan)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                        Walk(clause.Query, plan);
                }
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, plan);
                break;
            case TermQuery term:
                plan.AddAlone(term.Term.Field, term.Term.Text);
                break;
            case SplitNameQuery split:
                Walk(split.Apart, plan);
                break;
            case PhraseQuery phrase:
                plan.AddPhrase(phrase.Slop, phrase.GetPositions(), phrase.GetTerms().Select(t => new[] { t }).ToArray());
                break;
            case MultiPhraseQuery multi:
                plan.AddPhrase(multi.Slop, multi.GetPositions(), [.. multi.GetTermArrays()]);
                break;
            case MultiTermQuery multiTerm when multiTerm.Field.EndsWith(NoteFields.ExactSuffix, StringComparison.Ordinal):
                plan.Expand(multiTerm);
                break;
        }
    }

    /// <summary>The terms collected so far, and how to read an unstemmed term as the highlighted fields hold it.</summary>
    private sealed class Plan(IndexReader reader, Analyzer stemmed, IReadOnlyCollection<int> docs)
    {
        public HashSet<string> Alone { get; } = new(StringComparer.Ordinal);

        public List<HighlightPhrase> Phrases { get; } = [];

        public void AddAlone(string field, string text)
        {
            foreach (var term in Stemmed(field, text))
                Alone.Add(term);
        }

        /// <summary>
        /// A phrase of one slot per position: marked only whole. A sloppy phrase (the proximity boost, <c>"a b"~3</c>)
        /// and a one-word phrase mark their words alone; so does a phrase whose words do not map one to one.
        /// </summary>
        public void AddPhrase(int slop, int[] positions, Term[][] slots)
        {
            var terms = slots.Select(slot => slot.SelectMany(t => Stemmed(t.Field, t.Text)).ToHashSet(StringComparer.Ordinal)).ToArray();
            // Each word one highlighted term (a word of another field, such as a topic key, maps to none).
            var oneToOne = slots.All(slot => slot.Length > 0 && slot.All(t => Stemmed(t.Field, t.Text).Count == 1));
            if (slop > 0 || slots.Length < 2 || !oneToOne)
            {
                foreach (var slot in slots)
                {
                    foreach (var term in slot)
                        AddAlone(term.Field, term.Text);
                }
                return;
            }
            var first = positions[0];
            Phrases.Add(new HighlightPhrase([.. positions.Select(p => p - first)], terms));
        }

        /// <summary>
        /// The terms of a prefix, wildcard or fuzzy clause that the page's documents hold (at most
        /// <see cref="MaxExpansionsPerHit"/> per document): whatever the clause's expansions over the whole index, each
        /// hit gets the words that made it match.
        /// </summary>
        public void Expand(MultiTermQuery query)
        {
            foreach (var leaf in reader.Leaves)
            {
                var local = docs.Where(d => d >= leaf.DocBase && d < leaf.DocBase + leaf.Reader.MaxDoc).Select(d => d - leaf.DocBase).Order().ToArray();
                var fieldTerms = leaf.AtomicReader.GetTerms(query.Field);
                if (local.Length == 0 || fieldTerms is null)
                    continue;
                var found = new int[local.Length];
                var matching = query.GetTermsEnum(fieldTerms);
                DocsEnum? postings = null;
                for (var walked = 0; walked < MaxWalkedTerms && found.Any(f => f < MaxExpansionsPerHit) && matching.MoveNext(); walked++)
                {
                    postings = matching.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                    var holds = false;
                    var at = -1;
                    for (var i = 0; i < local.Length; i++)
                    {
                        if (at < local[i])
                            at = postings.Advance(local[i]);
                        if (at == DocIdSetIterator.NO_MORE_DOCS)
                            break;
                        if (at == local[i] && found[i] < MaxExpansionsPerHit)
                        {
                            found[i]++;
                            holds = true;
                        }
                    }
                    if (holds)
                        AddAlone(query.Field, matching.Term.Utf8ToString());
                }
            }
        }

        /// <summary>The term as the highlighted (stemmed) fields hold it; an unstemmed term is stemmed, a term of another field is none.</summary>
        private List<string> Stemmed(string field, string text)
        {
            var terms = new List<string>();
            if (field.EndsWith(NoteFields.ExactSuffix, StringComparison.Ordinal))
            {
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
            return terms;
        }
    }
}

/// <summary>What a page's snippets mark.</summary>
/// <param name="Query">Every term to look for, on the highlighted fields (the postings highlighter's query).</param>
/// <param name="Alone">Terms marked wherever they stand.</param>
/// <param name="Phrases">Phrases whose terms are marked only where the whole phrase stands.</param>
internal sealed record HighlightTerms(Query Query, IReadOnlySet<string> Alone, IReadOnlyList<HighlightPhrase> Phrases);

/// <summary>A phrase to mark whole: for each of its words, its position from the first (gaps are left-out stop words) and the terms that may fill it.</summary>
internal sealed record HighlightPhrase(int[] Positions, HashSet<string>[] Terms);
