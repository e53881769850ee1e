using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Expands every fuzzy clause of a query into the terms it matches, once per search. Building a fuzzy term's
/// Levenshtein automata is most of what a fuzzy query costs, and the parser makes one fuzzy query per searched
/// field. Expanding here, before searching, builds the automata once per fuzzy word (the fields' copies share
/// them) and lets the search and the highlighter both use the expanded terms, where before the search built
/// them per field and the highlighter again per field and segment. The result matches and scores exactly as the
/// original: it is the rewrite the searcher would have made itself. Thread-safe (no state).
/// </summary>
internal static class FuzzyExpansion
{
    public static Query Expand(Query query, IndexReader reader) =>
        Expand(query, reader, new Dictionary<(string, int, int, bool), List<CompiledAutomaton>>());

    private static Query Expand(Query query, IndexReader reader, Dictionary<(string, int, int, bool), List<CompiledAutomaton>> automata)
    {
        switch (query)
        {
            case FuzzyQuery fuzzy:
                var key = (fuzzy.Term.Text, fuzzy.MaxEdits, fuzzy.PrefixLength, fuzzy.Transpositions);
                if (!automata.TryGetValue(key, out var shared))
                    automata[key] = shared = [];
                return new SharedAutomataFuzzyQuery(fuzzy, shared).Rewrite(reader);
            case BooleanQuery boolean:
                var clauses = boolean.Clauses;
                Query[]? expanded = null;
                for (var i = 0; i < clauses.Count; i++)
                {
                    var clause = Expand(clauses[i].Query, reader, automata);
                    if (ReferenceEquals(clause, clauses[i].Query))
                        continue;
                    expanded ??= [.. clauses.Select(c => c.Query)];
                    expanded[i] = clause;
                }
                if (expanded is null)
                    return boolean;
                var copy = new BooleanQuery(boolean.CoordDisabled)
                {
                    Boost = boolean.Boost,
                    MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
                };
                for (var i = 0; i < clauses.Count; i++)
                    copy.Add(expanded[i], clauses[i].Occur);
                return copy;
            default:
                return query;
        }
    }

    /// <summary>
    /// The same fuzzy query, reading and filling a list of automata shared with the other fields' copies of the
    /// same word (automata depend only on the word, the edits, the prefix and transpositions, never on the field).
    /// </summary>
    private sealed class SharedAutomataFuzzyQuery : FuzzyQuery
    {
        private readonly List<CompiledAutomaton> shared;

        public SharedAutomataFuzzyQuery(FuzzyQuery original, List<CompiledAutomaton> shared)
            : base(original.Term, original.MaxEdits, original.PrefixLength, DefaultMaxExpansions, original.Transpositions)
        {
            this.shared = shared;
            MultiTermRewriteMethod = original.MultiTermRewriteMethod;
            Boost = original.Boost;
        }

        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
        {
            var cache = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
            if (cache.Count < shared.Count)
            {
                cache.Clear();
                foreach (var automaton in shared)
                    cache.Add(automaton);
            }
            var terms2 = base.GetTermsEnum(terms, atts);
            if (shared.Count < cache.Count)
            {
                shared.Clear();
                shared.AddRange(cache);
            }
            return terms2;
        }
    }
}
