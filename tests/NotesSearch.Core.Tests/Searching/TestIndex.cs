using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Tiny in-memory indexes for one test each: notes written through the real indexer, searched through the real searcher.</summary>
internal static class TestIndex
{
    /// <summary>
    /// Default options without a time budget: these tests check answers, and on a machine busy with other test runs
    /// a cold first search can spend the budget before it gets to typo correction or highlighting. The budget's own
    /// tests (LimitTests, QueryBudgetTests) give it a clock they control.
    /// </summary>
    public static SearchOptions Unhurried { get; } = new() { TimeBudget = TimeSpan.Zero };

    /// <summary>An index of <paramref name="notes"/>, searched with default options (no synonyms) and no time budget.</summary>
    public static NoteSearcher Build(params Note[] notes) => Build(Unhurried, notes);

    /// <summary>An index of <paramref name="notes"/>, searched with <paramref name="options"/>.</summary>
    public static NoteSearcher Build(SearchOptions options, params Note[] notes)
    {
        var directory = new RAMDirectory();
        using (var indexer = NoteIndexer.Open(directory))
            indexer.Sync(notes.Select(n => new NoteFile(n.Path, n, null)));
        return new NoteSearcher(new SearcherManager(directory, new NoteSearcherFactory()), options);
    }

    /// <summary>An index with one segment per note (no merging), searched with <paramref name="options"/>.</summary>
    public static NoteSearcher Segmented(SearchOptions options, params Note[] notes)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var note in notes)
            {
                writer.AddDocument(NoteDocuments.ToDocument(note));
                writer.Commit();
            }
        }
        return new NoteSearcher(new SearcherManager(directory, new NoteSearcherFactory()), options);
    }

    /// <summary>An index of notes written inline as Markdown files with front matter (parsed by the real parser).</summary>
    public static NoteSearcher Markdown(params string[] files) =>
        Build(files.Select((text, i) => NotesSearch.Core.Tests.Notes.TestNotes.Note(text, $"note-{i}.md")).ToArray());

    /// <summary>Options with synonyms written inline in Solr format.</summary>
    public static SearchOptions Synonyms(string solr) => Unhurried with { Synonyms = QuerySynonyms.Parse(new StringReader(solr)) };

    /// <summary>A note; the body defaults to empty, the date to 2026-01-01.</summary>
    public static Note Note(string slug, string title, string body = "", string date = "2026-01-01", string summary = "", params string[] topics) =>
        new(slug, title, DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            topics.Select(Topic.FromLabel).ToArray(), summary, body, body, Draft: false, slug + ".md", slug);

    /// <summary>The slugs of the hits, in order.</summary>
    public static string[] Slugs(this SearchResults results) => results.Hits.Select(h => h.Slug).ToArray();

    /// <summary>Searches plain query text with defaults.</summary>
    public static SearchResults Search(this NoteSearcher searcher, string query) => searcher.Search(new SearchRequest { Query = query });
}
