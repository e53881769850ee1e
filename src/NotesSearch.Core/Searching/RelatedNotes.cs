using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The notes most like a given note: Lucene's MoreLikeThis over the stemmed title, summary and body, plus a
/// boost per shared topic, each result with the reason ("shares topics: Networking; terms: rdma, infiniband").
/// A reason is a shared topic or a distinctive term (<see cref="ReasonWords"/>: held by few notes, not an everyday
/// verb or a code keyword); a note sharing no topic and fewer than <see cref="MinDistinctiveTerms"/> such terms is not
/// shown, so a note gets fewer, better links.
/// <para>
/// Tuned for a small archive: Lucene's defaults (a term must occur twice in the note and in 5 notes) drop nearly
/// every term of a note when there are only dozens of notes. Here a term counts once it occurs once in the note and
/// in one other note, and a longer stop list (<see cref="EnglishStopWords.ForRelated"/>) keeps "why" and "your" out.
/// MoreLikeThis picks the terms (<c>RetrieveTerms</c>); the query is built here, so that each term is looked for in
/// whichever text field holds it, weighted by how telling it is, and so that the terms are known for the reason.
/// </para>
/// <para>
/// Scales: at most <see cref="MaxQueryTerms"/> terms plus <see cref="MaxQueryTopics"/> of the note's topics are asked for whatever the archive's
/// size, only the one note's stored text is read and analysed, and shared terms are found by a postings lookup per
/// term and hit. Thread-safe: settings are immutable and every call builds its own MoreLikeThis. The caller leases
/// the searcher.
/// </para>
/// </summary>
public sealed class RelatedNotes
{
    /// <summary>A term must occur in at least this many notes: the note itself and one other, or it can match nothing.</summary>
    public const int MinDocFreq = 2;

    /// <summary>One occurrence is enough: notes are short, and a word said once is still what a note is about.</summary>
    public const int MinTermFreq = 1;

    /// <summary>Shorter stems ("gpu" stays, "us" goes) are noise more often than not.</summary>
    public const int MinWordLength = 3;

    /// <summary>The note's strongest terms that make up the query; bounds the query whatever the archive's size.</summary>
    public const int MaxQueryTerms = 25;

    /// <summary>
    /// The note's first topics that join the query. With <see cref="MaxQueryTerms"/> terms and the note itself that
    /// stays far below BooleanQuery's 1,024 clauses, whatever topics an index holds (a note keeps at most
    /// <see cref="NoteParserOptions.DefaultMaxTopics"/> by default, but the cap is the parser's option, not this query's).
    /// </summary>
    public const int MaxQueryTopics = NoteParserOptions.DefaultMaxTopics;

    /// <summary>Most related notes a call returns.</summary>
    public const int MaxCount = 20;

    /// <summary>Shared terms named in a reason.</summary>
    public const int ReasonTerms = 3;

    /// <summary>
    /// Distinctive terms (<see cref="ReasonWords"/>) two notes must share to be related without sharing a topic: one
    /// rare word in common is as often chance as a shared subject.
    /// </summary>
    public const int MinDistinctiveTerms = 2;

    /// <summary>Hits looked at per related note asked for: some are left out for having no strong reason.</summary>
    private const int Candidates = 3;

    /// <summary>
    /// Weight of each shared topic against the text (whose strongest term weighs 1): a topic is the author's own
    /// statement of what a note is about, so sharing one counts for more than sharing a word.
    /// </summary>
    public const float TopicBoost = 4f;

    /// <summary>The text fields compared, with the same weights as search: a word shared in titles counts most.</summary>
    private static readonly string[] TextFields = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];

    private static readonly HashSet<string> SourceFields =
        [NoteFields.Title, NoteFields.Summary, NoteFields.Body, NoteFields.Topics];

    private static readonly HashSet<string> HitFields =
        [NoteFields.Slug, NoteFields.Title, NoteFields.Date, NoteFields.Topics];

    // Built once: analyzers are thread-safe (each thread gets its own token stream components).
    private static readonly Analyzer QueryAnalyzer = NoteAnalyzer.ForQueries();
    private static readonly Analyzer StemmedAnalyzer = NoteAnalyzer.Stemmed(expandVersions: false);

    /// <summary>
    /// Up to <paramref name="count"/> notes most like the note <paramref name="slug"/>, best first, never the note
    /// itself; empty when there is no such note or nothing in it is shared with another note.
    /// </summary>
    public IReadOnlyList<RelatedNote> Find(IndexSearcher searcher, string slug, int count = 5)
    {
        count = Math.Clamp(count, 0, MaxCount);
        if (count == 0)
            return [];
        var found = searcher.Search(new TermQuery(NoteDocuments.KeyOf(slug)), 1);
        if (found.TotalHits == 0)
            return [];
        var docId = found.ScoreDocs[0].Doc;
        var source = searcher.Doc(docId, SourceFields);
        var topics = NoteDocuments.TopicsOf(source);
        var terms = StrongestTerms(searcher.IndexReader, source);

        var query = new BooleanQuery();
        var strongest = terms.Count > 0 ? Strength(terms[0]) : 1f;
        foreach (var term in terms)
            query.Add(AnyTextField(term.Word, Strength(term) / strongest), Occur.SHOULD);
        foreach (var topic in topics.Take(MaxQueryTopics))
            query.Add(new TermQuery(new Term(NoteFields.Topic, topic.Key)) { Boost = TopicBoost }, Occur.SHOULD);
        if (query.Clauses.Count == 0)
            return [];
        query.Add(new TermQuery(NoteDocuments.KeyOf(slug)), Occur.MUST_NOT);

        var hits = searcher.Search(query, count * Candidates).ScoreDocs;
        if (hits.Length == 0)
            return [];
        var surfaces = SurfaceWords(source, terms.Select(t => t.Word).ToHashSet(StringComparer.Ordinal));
        // Only distinctive terms are reasons; a note sharing no topic and too few of them is not shown (fewer, better links).
        var distinctive = terms.Where(t => ReasonWords.IsDistinctive(searcher.IndexReader, t.Word, surfaces.GetValueOrDefault(t.Word, t.Word), TextFields)).ToList();
        return hits
            .Select(hit => ToRelated(searcher, hit.Doc, topics, distinctive, surfaces))
            .Where(r => r.Note.SharedTopics.Count > 0 || r.SharedTerms >= MinDistinctiveTerms)
            .Select(r => r.Note)
            .Take(count)
            .ToArray();
    }

    /// <summary>
    /// The note's terms MoreLikeThis finds most telling, strongest first, at most <see cref="MaxQueryTerms"/>.
    /// The text already loaded is handed over as one reader (the three fields share one analysis chain), rather than
    /// the document number, with which MoreLikeThis would load every stored field, the HTML included, once per field.
    /// </summary>
    private static List<ScoreTerm> StrongestTerms(IndexReader reader, Document source)
    {
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = QueryAnalyzer,
            FieldNames = TextFields,
            MinDocFreq = MinDocFreq,
            MinTermFreq = MinTermFreq,
            MinWordLen = MinWordLength,
            MaxQueryTerms = MaxQueryTerms,
            StopWords = EnglishStopWords.ForRelated,
        };
        var text = string.Join("\n", TextFields.Select(field => source.Get(field) ?? ""));
        var queue = mlt.RetrieveTerms(new StringReader(text), NoteFields.Body);
        var terms = new List<ScoreTerm>(queue.Count);
        while (queue.Count > 0)
            terms.Add(queue.Pop());
        return terms
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Word, StringComparer.Ordinal)
            .Take(MaxQueryTerms)
            .OrderByDescending(Strength)
            .ThenBy(t => t.Word, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// How much a term says about the note: idf × √tf rather than MoreLikeThis's idf × tf, because a short note repeats
    /// its summary in its body and its title words in both, so raw counts let one everyday verb outweigh the note's subject.
    /// </summary>
    private static float Strength(ScoreTerm term) => term.Idf * MathF.Sqrt(term.Tf);

    /// <summary>The term in whichever text field matches best, weighted as search weights the fields.</summary>
    private static DisjunctionMaxQuery AnyTextField(string word, float boost)
    {
        var any = new DisjunctionMaxQuery(0f) { Boost = boost };
        foreach (var field in TextFields)
            any.Add(new TermQuery(new Term(field, word)) { Boost = NoteFields.SearchBoosts[field] });
        return any;
    }

    /// <summary>The related note, with how many of <paramref name="terms"/> it shares (its reason names the first few).</summary>
    private static (RelatedNote Note, int SharedTerms) ToRelated(IndexSearcher searcher, int docId, IReadOnlyList<Topic> topics,
        IReadOnlyList<ScoreTerm> terms, IReadOnlyDictionary<string, string> surfaces)
    {
        var doc = searcher.Doc(docId, HitFields);
        var slug = doc.Get(NoteFields.Slug);
        var theirKeys = NoteDocuments.TopicsOf(doc).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var sharedTopics = topics.Where(t => theirKeys.Contains(t.Key)).ToArray();
        var sharedTerms = SharedTerms(searcher.IndexReader, docId, terms)
            .Select(word => surfaces.GetValueOrDefault(word, word))
            .ToArray();
        var named = sharedTerms[..Math.Min(ReasonTerms, sharedTerms.Length)];
        return (new RelatedNote(slug, doc.Get(NoteFields.Title), DateOnly.FromDateTime(NoteDocuments.DateOf(doc).DateTime),
            NoteSearcher.UrlOf(slug), sharedTopics, named, ReasonFor(sharedTopics, named)), sharedTerms.Length);
    }

    /// <summary>The query terms (strongest first) that the other note holds in any text field: a postings lookup each.</summary>
    private static IEnumerable<string> SharedTerms(IndexReader reader, int docId, IReadOnlyList<ScoreTerm> terms)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(docId, reader.Leaves)];
        var leafDoc = docId - leaf.DocBase;
        foreach (var term in terms)
        {
            foreach (var field in TextFields)
            {
                var postings = leaf.AtomicReader.GetTermDocsEnum(new Term(field, term.Word));
                if (postings is not null && postings.Advance(leafDoc) == leafDoc)
                {
                    yield return term.Word;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Maps each wanted stem back to the word the note uses most for it ("caching" rather than "cach", "fabrics"
    /// rather than "fabric" when the note says fabrics), by re-analysing the one note's text with offsets.
    /// </summary>
    private static Dictionary<string, string> SurfaceWords(Document source, HashSet<string> stems)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            var text = source.Get(field) ?? "";
            using var stream = StemmedAnalyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var stem = term.ToString();
                if (!stems.Contains(stem))
                    continue;
                var surface = text[offset.StartOffset..offset.EndOffset].ToLowerInvariant();
                if (surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("\u2019s", StringComparison.Ordinal))
                    surface = surface[..^2];
                var forStem = counts.TryGetValue(stem, out var seen) ? seen : counts[stem] = new Dictionary<string, int>(StringComparer.Ordinal);
                forStem[surface] = forStem.GetValueOrDefault(surface) + 1;
            }
            stream.End();
        }
        return counts.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(s => s.Value).ThenBy(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    /// <summary>"shares topics: Networking, Cost; terms: rdma, infiniband" (either part alone when the other is empty).</summary>
    internal static string ReasonFor(IReadOnlyList<Topic> topics, IReadOnlyList<string> terms)
    {
        var parts = new List<string>(2);
        if (topics.Count > 0)
            parts.Add("topics: " + string.Join(", ", topics.Select(t => t.Label)));
        if (terms.Count > 0)
            parts.Add("terms: " + string.Join(", ", terms));
        return parts.Count == 0 ? "similar notes" : "shares " + string.Join("; ", parts);
    }
}
