using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Turns what a reader typed into a Lucene query, never throwing: text that does not parse is searched as
/// plain words with a warning. Thread-safe: the analyzer and synonyms are built once and shared; each call
/// makes its own classic QueryParser (which keeps state and is not thread-safe).
/// </summary>
public sealed class QueryBuilder
{
    /// <summary>How far apart the words may be for the proximity boost ("kv cache" also rewards "KV and the cache").</summary>
    public const int ProximitySlop = 3;

    private readonly Analyzer analyzer = NoteAnalyzer.ForQueries();
    private readonly SearchOptions options;

    public QueryBuilder(SearchOptions? options = null) => this.options = options ?? SearchOptions.Default;

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <param name="text">The query as typed; null or blank lists every note.</param>
    /// <param name="anyWord">Join plain words with OR instead of AND (the relaxed reading).</param>
    /// <param name="literal">
    /// Read the query as Lucene's reference setup does: no synonyms, no proximity boost, text fields only
    /// (title, summary, body) — so hit counts agree with a plain Lucene query.
    /// </param>
    /// <param name="prefixLast">
    /// Search as you type: the last word, when still being typed, also matches words it starts (ranked below the
    /// whole word); <c>interpreted</c> says so.
    /// </param>
    public ParsedQuery Build(string? text, bool anyWord = false, bool literal = false, bool prefixLast = false)
    {
        var prepared = QueryText.Prepare(text, options, literal ? null : options.Synonyms, prefixLast);
        var warnings = new List<string>(prepared.Warnings);
        var fellBack = false;
        var parser = new NoteQueryParser(analyzer, prepared.Groups, anyWord, literal, options);
        Query? query = null;
        if (!string.IsNullOrWhiteSpace(prepared.Text))
        {
            try
            {
                query = parser.Parse(prepared.Text);
            }
            catch (ParseException)
            {
                // The user's syntax, not our bug (an unclosed quote, a dangling AND, "title:" alone):
                // search the words they typed, and say so.
                fellBack = true;
                warnings.Add("The query syntax could not be read; it was searched as plain words.");
                (query, parser) = PlainWords(prepared.PlainText, anyWord, literal);
            }
        }
        warnings.AddRange(parser.Warnings);

        var hasWords = query is not null && !(query is BooleanQuery { Clauses.Count: 0 });
        if (!hasWords && !string.IsNullOrWhiteSpace(text))
            warnings.Add("The query has no words to search for (only common words or symbols); all notes are listed.");
        var core = hasWords ? query! : new MatchAllDocsQuery();
        var interpreted = hasWords ? QueryDescriber.Describe(core, parser) : "all notes";
        var synonyms = parser.SynonymQueries.Values
            .Select(s => $"{s.Group.Original} = {string.Join(" / ", s.Group.Alternatives)}")
            .Distinct()
            .ToArray();
        if (synonyms.Length > 0)
            interpreted += $" (synonym{(synonyms.Length > 1 ? "s" : "")}: {string.Join("; ", synonyms)})";
        if (parser.PrefixedWord is { } prefixed)
            interpreted += $" (as you type: \"{prefixed}\" also matches words starting with it, the whole word first)";
        if (prepared.After is { } after)
            interpreted += $", dated {after.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} or later";
        if (prepared.Before is { } before)
            interpreted += $", dated before {before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        if (fellBack)
            interpreted += " (read as plain words: the syntax did not parse)";
        if (prepared.WordsCut)
            interpreted += $" (only the first {options.MaxTerms} words: the rest of the query was not searched)";

        if (hasWords && !literal)
            core = WithProximity(core, parser);
        return new ParsedQuery(core, hasWords, prepared.After, prepared.Before, interpreted, warnings, fellBack) { Searched = prepared.Searched };
    }

    private (Query? Query, NoteQueryParser Parser) PlainWords(string words, bool anyWord, bool literal)
    {
        var prepared = QueryText.Prepare(words, options, literal ? null : options.Synonyms);
        var parser = new NoteQueryParser(analyzer, prepared.Groups, anyWord, literal, options);
        if (string.IsNullOrWhiteSpace(prepared.Text))
            return (null, parser);
        try
        {
            return (parser.Parse(prepared.Text), parser);
        }
        catch (ParseException)
        {
            // Bare words always parse; should that ever change, the reader still gets an answer, not an error.
            return (null, parser);
        }
    }

    /// <summary>Adds an optional sloppy phrase of the plain words: notes holding them close together rank higher; what matches is unchanged.</summary>
    private static Query WithProximity(Query core, NoteQueryParser parser)
    {
        var words = new List<string>();
        CollectPlainWords(core, parser, words);
        if (words.Count < 2)
            return core;
        var phrase = string.Join(' ', words);
        var near = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in NoteFields.SearchBoosts)
        {
            if (field == NoteFields.TopicText)
                continue;
            if (parser.CreatePhraseQuery(field, phrase, ProximitySlop) is PhraseQuery { } query && query.GetTerms().Length > 1)
            {
                query.Boost = boost;
                near.Add(query, Occur.SHOULD);
            }
        }
        if (near.Clauses.Count == 0)
            return core;
        return new BooleanQuery { { core, Occur.MUST }, { near, Occur.SHOULD } };
    }

    private static void CollectPlainWords(Query query, NoteQueryParser parser, List<string> words)
    {
        if (parser.PlainWords.TryGetValue(query, out var word))
        {
            words.Add(word);
            return;
        }
        if (parser.SynonymQueries.TryGetValue(query, out var synonym))
        {
            if (synonym.Original is { } original && !synonym.Group.Quoted)
                CollectPlainWords(original, parser, words);
            return;
        }
        if (query is BooleanQuery boolean && !parser.Labels.ContainsKey(query))
        {
            foreach (var clause in boolean.Clauses)
            {
                if (clause.Occur != Occur.MUST_NOT)
                    CollectPlainWords(clause.Query, parser, words);
            }
        }
    }
}
