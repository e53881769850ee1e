using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace NotesSearch.Core.Searching;

/// <summary>
/// How a <see cref="NoteSearcher"/> reads and bounds queries. Immutable; build once per searcher.
/// The limits turn what would be a failure (a huge query, a runaway search) into a smaller answer with a warning.
/// </summary>
public sealed record SearchOptions
{
    /// <summary>No synonyms, default limits.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>Query-time synonyms (see <see cref="QuerySynonyms"/>); null for none.</summary>
    public QuerySynonyms? Synonyms { get; init; }

    /// <summary>Query text past this many characters is cut, with a warning.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>
    /// Words past this many are not searched, with a warning. Words are counted as the analyzer splits them, so a run
    /// of 800 CJK ideographs (one "word" between spaces) counts 800 and is cut after the first 64. Keeps the number
    /// of clauses (each word is a clause per searched field, plus synonyms) far below BooleanQuery's limit, and a
    /// long query about as costly as a short one.
    /// </summary>
    public int MaxTerms { get; init; } = 64;

    /// <summary>
    /// Prefix, wildcard and fuzzy words (<c>cach*</c>, <c>c?che</c>, <c>cahce~</c>) past this many in one query are
    /// searched as plain words, with a warning: each one is expanded against the term dictionary of every field.
    /// </summary>
    public int MaxExpandedWords { get; init; } = 8;

    /// <summary>
    /// Prefix, wildcard and fuzzy words longer than this many characters are searched as plain words, with a warning:
    /// a fuzzy word's automaton grows with its length, and no word of the notes is that long.
    /// </summary>
    public int MaxExpandedWordLength { get; init; } = 32;

    /// <summary>Parentheses nested deeper than this are left out (the words inside are kept), with a warning.</summary>
    public int MaxNesting { get; init; } = 16;

    /// <summary>
    /// Wall-clock budget of one search, shared by all its steps: expanding prefix, wildcard and fuzzy words, collecting
    /// hits, looking for typos, the relaxed any-word pass and highlighting. A step that finds the budget spent is
    /// skipped or stopped, and the answer holds what was found so far, with a warning naming what was left out.
    /// Zero or less: no budget.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many topic values the topic facet lists at most (selected topics are always listed).</summary>
    public int TopicFacetSize { get; init; } = 50;

    /// <summary>
    /// From this many notes up, Lucene may score matches out of document order: it scores disjunctions (OR, fuzzy
    /// and prefix expansions) in buckets instead of through a heap, which at 1M notes cut the query mix's p99 from
    /// 102 to 89 ms; its set-up (a 2,048-bucket table per clause and segment) costs more than it saves on smaller
    /// indexes (at 100k it raised the p50 from 2.3 to 2.7 ms). Answers are the same either way.
    /// </summary>
    internal int OutOfOrderScoringFromNotes { get; init; } = 500_000;

    /// <summary>
    /// From this many notes up, one search runs on every core: the segments are split into a group per core, each
    /// group collected on its own thread, and the groups' hits and facet counts merged. At 1M notes the slowest
    /// searches (phrases and ORs of common words, fuzzy words) score hundreds of thousands of documents each: on
    /// two cores the query mix's p99 fell from 97–117 to 60–65 ms. Smaller indexes stay on one thread: their
    /// searches take a few milliseconds, and under load the other core serves another reader anyway. Answers are
    /// the same either way.
    /// </summary>
    internal int ParallelSegmentsFromNotes { get; init; } = 500_000;

    /// <summary>The clock the time budget reads; tests swap it for one they control. Null: Lucene's global millisecond counter.</summary>
    internal Counter? Clock { get; init; }

    /// <summary>The clock relative date phrases (<c>yesterday</c>, <c>last month</c>) count from; tests give one they control.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The time zone whose calendar says what day it is for relative date phrases (<c>Notes:TimeZone</c>); UTC by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Default options with the synonyms of a Solr-format file (such as <c>content/synonyms.txt</c>).</summary>
    public static SearchOptions WithSynonymsFile(string path) => new() { Synonyms = QuerySynonyms.Load(path) };

    /// <summary>Default options with the synonyms of a <see cref="SynonymMap"/> built elsewhere.</summary>
    public static SearchOptions WithSynonyms(SynonymMap map) => new() { Synonyms = new QuerySynonyms(map) };
}
