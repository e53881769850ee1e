using ICU4N.Text;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The postings highlighter (offsets stored in the postings, so no text is analysed again) set up for notes:
/// the title is highlighted whole, the body and summary give a ~200-character snippet around the best match.
/// Loads stored text only for the documents it is given (the page's hits). Thread-safe: shares no state
/// between calls (each call gets fresh break iterators).
/// </summary>
internal sealed class NoteHighlighter() : ICUPostingsHighlighter(MaxLength)
{
    /// <summary>Characters of a field the highlighter looks at (Lucene's default, 10,000, misses matches late in long notes).</summary>
    public const int MaxLength = 100_000;

    /// <summary>About how long a snippet is.</summary>
    public const int SnippetLength = 200;

    private static readonly string[] Fields = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];
    private static readonly int[] Passages = [1, 3, 3];
    private readonly MarkPassageFormatter whole = new(window: null);
    private readonly MarkPassageFormatter snippet = new(SnippetLength);

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

    protected override BreakIterator GetBreakIterator(string field) =>
        field == NoteFields.Title ? new WholeBreakIterator() : base.GetBreakIterator(field);

    protected override PassageFormatter GetFormatter(string field) => field == NoteFields.Title ? whole : snippet;
}
