using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Tests.Notes;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// A tiny in-memory index of notes for the suggestion tests (did-you-mean, autocomplete, related notes),
/// written by the real <see cref="NoteIndexer"/> so the schema and analysis are the ones the site uses.
/// </summary>
internal sealed class SuggestTestIndex : IDisposable
{
    private readonly RAMDirectory directory;

    private SuggestTestIndex(RAMDirectory directory)
    {
        this.directory = directory;
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
    }

    public DirectoryReader Reader { get; private set; }

    public IndexSearcher Searcher { get; private set; }

    public static SuggestTestIndex Build(params Note[] notes)
    {
        var directory = new RAMDirectory();
        using (var indexer = NoteIndexer.Open(directory))
            indexer.Sync(notes.Select(NoteFile.Ok));
        return new SuggestTestIndex(directory);
    }

    /// <summary>An index of notes written inline as Markdown with front matter, read by the real parser.</summary>
    public static SuggestTestIndex Parse(params string[] markdown) =>
        Build(markdown.Select((text, i) => TestNotes.Note(text, $"note-{i}.md")).ToArray());

    /// <summary>Writes more notes (and deletes by slug) in a new commit, then opens a new reader as a refresh would.</summary>
    public void Change(IEnumerable<Note> upserts, IEnumerable<string>? deletions = null)
    {
        using (var indexer = NoteIndexer.Open(directory))
        {
            foreach (var note in upserts)
                indexer.Upsert(note);
            foreach (var slug in deletions ?? [])
                indexer.DeleteByPath(slug + ".md");
            indexer.Commit();
        }
        var old = Reader;
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        old.Dispose();
    }

    /// <summary>A note with just what a test cares about; the rest filled in.</summary>
    public static Note Note(string slug, string title, string text = "", string[]? topics = null, string summary = "",
        string date = "2026-01-01") =>
        new(slug, title, DateTimeOffset.Parse(date, CultureInfo.InvariantCulture), (topics ?? []).Select(Topic.FromLabel).ToArray(),
            summary, text, text, Draft: false, slug + ".md", $"{slug}|{title}|{text}");

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }
}
