using ICU4N.Globalization;
using ICU4N.Text;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The postings highlighter (offsets stored in the postings, so no text is analysed again) set up for notes:
/// the title is highlighted whole, the body and summary give a ~200-character snippet around the best match.
/// It reads the text from documents the caller has already loaded (<paramref name="stored"/>, by doc id): the
/// base class would load and decompress each hit's stored fields a second time, which was a quarter of a query.
/// One per search: cheap to build, and it holds that search's documents.
/// </summary>
/// <param name="stored">The page's documents by doc id, holding at least the title, summary and body.</param>
/// <param name="terms">What to mark where (phrases only whole); null marks every match of the query's terms.</param>
internal sealed class NoteHighlighter(IReadOnlyDictionary<int, Document> stored, HighlightTerms? terms = null) : ICUPostingsHighlighter(MaxLength)
{
    /// <summary>Characters of a field the highlighter looks at (Lucene's default, 10,000, misses matches late in long notes).</summary>
    public const int MaxLength = 100_000;

    /// <summary>About how long a snippet is.</summary>
    public const int SnippetLength = 200;

    /// <summary>
    /// ICU's sentence rules, loaded once and cloned for each highlighter (a break iterator is not thread-safe).
    /// Loading them takes ~0.2 s, the largest part of a cold site's first answer: see <see cref="LoadSentenceRules"/>.
    /// </summary>
    private static readonly Lazy<BreakIterator> SentenceRules =
        new(() => BreakIterator.GetSentenceInstance(UCultureInfo.InvariantCulture));

    private static readonly string[] Fields = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];
    private static readonly int[] Passages = [1, 3, 3];
    private readonly MarkPassageFormatter whole = new(window: null, terms);
    private readonly MarkPassageFormatter snippet = new(SnippetLength, terms);

    /// <summary>The title and the snippet of each document, as safe HTML, in the order of <paramref name="docs"/>.</summary>
    public (string Title, string Snippet)[] Highlight(IndexSearcher searcher, Query terms, int[] docs)
    {
        var result = new (string, string)[docs.Length];
        if (docs.Length == 0)
            return result;
        var fields = HighlightFields(Fields, terms, searcher, docs, Passages);
        var titles = fields[NoteFields.Title];
        var summaries = fields[NoteFields.Summary];
        var bodies = fields[NoteFields.Body];
        for (var i = 0; i < docs.Length; i++)
        {
            // The body when it holds a match, else the summary when it does, else the body's opening.
            var body = bodies[i] ?? "";
            var summary = summaries[i] ?? "";
            var text = body.Contains("<mark>", StringComparison.Ordinal) || !summary.Contains("<mark>", StringComparison.Ordinal)
                ? (body.Length > 0 ? body : summary)
                : summary;
            result[i] = (titles[i] ?? "", text);
        }
        return result;
    }

    /// <summary>As the base class returns them: for each field, its text in each document of <paramref name="docids"/>.</summary>
    protected override IList<string[]> LoadFieldValues(IndexSearcher searcher, string[] fields, int[] docids, int maxLength) =>
        Array.ConvertAll(fields, field => Array.ConvertAll(docids, doc => Cut(stored[doc].Get(field) ?? "", maxLength)));

    private static string Cut(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;

    /// <summary>Loads the sentence rules now, if not yet loaded; a caller that needs them meanwhile waits for this load.</summary>
    public static void LoadSentenceRules() => _ = SentenceRules.Value;

    protected override BreakIterator GetBreakIterator(string field) =>
        field == NoteFields.Title ? new WholeBreakIterator() : (BreakIterator)SentenceRules.Value.Clone();

    protected override PassageFormatter GetFormatter(string field) => field == NoteFields.Title ? whole : snippet;
}
