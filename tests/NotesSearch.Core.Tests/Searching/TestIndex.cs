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
    /// <summary>An index of <paramref name="notes"/>, searched with default options (no synonyms).</summary>
    public static NoteSearcher Build(params Note[] notes) => Build(SearchOptions.Default, notes);

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
    public static SearchOptions Synonyms(string solr) => new() { Synonyms = QuerySynonyms.Parse(new StringReader(solr)) };

    /// <summary>A note; the body defaults to empty, the date to 2026-01-01.</summary>
    public static Note Note(string slug, string title, string body = "", string date = "2026-01-01", string summary = "", params string[] topics) =>
        new(slug, title, DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            topics.Select(Topic.FromLabel).ToArray(), summary, body, body, Draft: false, slug + ".md", slug);

    /// <summary>The slugs of the hits, in order.</summary>
    public static string[] Slugs(this SearchResults results) => results.Hits.Select(h => h.Slug).ToArray();

    /// <summary>Searches plain query text with defaults.</summary>
    public static SearchResults Search(this NoteSearcher searcher, string query) => searcher.Search(new SearchRequest { Query = query });
}
