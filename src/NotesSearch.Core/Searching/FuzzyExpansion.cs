using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Expands every fuzzy clause of a query into the terms it matches, once per search, and puts every prefix, wildcard
/// and fuzzy clause on the search's <see cref="QueryBudget"/>. Building a fuzzy term's Levenshtein automata is most
/// of what a fuzzy query costs, and the parser makes one fuzzy query per searched field. Expanding here, before
/// searching, builds the automata once per fuzzy word (the fields' copies share them) and lets the search and the
/// highlighter both use the expanded terms, where before the search built them per field and the highlighter again
/// per field and segment. The result matches and scores exactly as the original: it is the rewrite the searcher
/// would have made itself. Walking the term dictionary for any of these clauses (here, while searching, while
/// highlighting) throws <see cref="QueryBudgetExceededException"/> once the budget is spent. One per search: its
/// passes (exact, typo-corrected, any word) share the automata, and the automata built are kept for later searches
/// (<see cref="FuzzyAutomataCache"/>); not thread-safe.
/// </summary>
internal sealed class FuzzyExpansion(QueryBudget budget, FuzzyAutomataCache kept)
{
    /// <summary>Automata by (word, edits, prefix, transpositions): they depend on nothing else.</summary>
    private readonly Dictionary<(string, int, int, bool), List<CompiledAutomaton>> automata = [];

    public Query Expand(Query query, IndexReader reader)
    {
        switch (query)
        {
            case FuzzyQuery fuzzy:
                var key = (fuzzy.Term.Text, fuzzy.MaxEdits, fuzzy.PrefixLength, fuzzy.Transpositions);
                if (!automata.TryGetValue(key, out var shared))
                    automata[key] = shared = [.. kept.Get(key)];
                budget.ThrowIfExpired();
                var rewritten = new SharedAutomataFuzzyQuery(fuzzy, shared, budget).Rewrite(reader);
                kept.Keep(key, shared);
                return rewritten;
            case PrefixQuery prefix when budget.IsLimited:
                return new BudgetedPrefixQuery(prefix, budget);
            case WildcardQuery wildcard when budget.IsLimited:
                return new BudgetedWildcardQuery(wildcard, budget);
            case BooleanQuery boolean:
                var clauses = boolean.Clauses;
                Query[]? expanded = null;
                for (var i = 0; i < clauses.Count; i++)
                {
                    var clause = Expand(clauses[i].Query, reader);
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
        private readonly QueryBudget budget;

        public SharedAutomataFuzzyQuery(FuzzyQuery original, List<CompiledAutomaton> shared, QueryBudget budget)
            : base(original.Term, original.MaxEdits, original.PrefixLength, DefaultMaxExpansions, original.Transpositions)
        {
            this.shared = shared;
            this.budget = budget;
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
            return budget.IsLimited ? new BudgetedTermsEnum(terms2, budget) : terms2;
        }
    }

    /// <summary>A prefix query whose walk of the term dictionary stops when the budget is spent.</summary>
    private sealed class BudgetedPrefixQuery : PrefixQuery
    {
        private readonly QueryBudget budget;

        public BudgetedPrefixQuery(PrefixQuery original, QueryBudget budget)
            : base(original.Prefix)
        {
            this.budget = budget;
            MultiTermRewriteMethod = original.MultiTermRewriteMethod;
            Boost = original.Boost;
        }

        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new BudgetedTermsEnum(base.GetTermsEnum(terms, atts), budget);
    }

    /// <summary>A wildcard query whose walk of the term dictionary stops when the budget is spent.</summary>
    private sealed class BudgetedWildcardQuery : WildcardQuery
    {
        private readonly QueryBudget budget;

        public BudgetedWildcardQuery(WildcardQuery original, QueryBudget budget)
            : base(original.Term)
        {
            this.budget = budget;
            MultiTermRewriteMethod = original.MultiTermRewriteMethod;
            Boost = original.Boost;
        }

        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new BudgetedTermsEnum(base.GetTermsEnum(terms, atts), budget);
    }

    /// <summary>
    /// The terms of another enum, unchanged (its attributes too, which fuzzy rewriting reads), that throws
    /// <see cref="QueryBudgetExceededException"/> at the next term once the budget is spent. A prefix of one letter
    /// or a fuzzy word walks thousands of terms; checking the clock at each costs a memory read.
    /// </summary>
    private sealed class BudgetedTermsEnum(TermsEnum terms, QueryBudget budget) : FilteredTermsEnum(terms, startWithSeek: false)
    {
        protected override AcceptStatus Accept(BytesRef term)
        {
            budget.ThrowIfExpired();
            return AcceptStatus.YES;
        }
    }
}
