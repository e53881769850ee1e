using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Makes every searcher rank with BM25 (Lucene.Net 4.8 defaults to TF-IDF), the same similarity the writer uses.
/// </summary>
public sealed class NoteSearcherFactory : SearcherFactory
{
    private static readonly BM25Similarity Bm25 = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Bm25 };
}
