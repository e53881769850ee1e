using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// The author's real notes (content/ at the repository root), read by the real scanner and parser, indexed once in
/// memory and only ever read afterwards (readers and searchers are thread-safe).
/// </summary>
internal static class SuggestContent
{
    private static readonly Lazy<(IndexReader Reader, IndexSearcher Searcher, string[] Slugs)> Index = new(Build);

    public static IndexReader Reader => Index.Value.Reader;

    public static IndexSearcher Searcher => Index.Value.Searcher;

    public static IReadOnlyList<string> Slugs => Index.Value.Slugs;

    private static (IndexReader, IndexSearcher, string[]) Build()
    {
        var files = new ContentScanner(NoteParserOptions.Default).Scan(Path.Combine(RepoPaths.Root, "content")).ToArray();
        var directory = new RAMDirectory();
        using (var indexer = NoteIndexer.Open(directory))
            indexer.Sync(files);
        var reader = DirectoryReader.Open(directory);
        var slugs = files.Where(f => f.IsNote).Select(f => f.Note!.Slug).ToArray();
        return (reader, new IndexSearcher(reader) { Similarity = new BM25Similarity() }, slugs);
    }
}
