using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Benchmarks.Micro;

/// <summary>
/// The two per-query costs beside the search itself, measured alone: facet counting (topic, year, month) over every
/// hit of a word that about half of the notes hold, against counting the hits only; and building the 10 highlighted
/// snippets of a page (postings highlighter, stored text of those 10 notes only).
/// </summary>
[MemoryDiagnoser]
public class FacetAndSnippetBenchmark
{
    private static readonly FacetSelection NoSelection = new(new HashSet<int>(), null, null);
    private readonly FacetOrdinals ordinals = new();
    private static readonly HashSet<string> TextFields = [NoteFields.Title, NoteFields.Summary, NoteFields.Body];
    private NoteSearcher searcher = null!;
    private Query query = null!;
    private int[] page = [];

    [GlobalSetup]
    public void Setup()
    {
        searcher = NoteSearcher.Open(MicroCorpus.IndexPath());
        query = new TermQuery(new Term(NoteFields.Body, MicroCorpus.HalfOfNotesWord));
        page = searcher.Use(s => s.Search(query, 10).ScoreDocs.Select(d => d.Doc).ToArray());
        var hits = searcher.Use(s => s.Search(query, 1).TotalHits);
        var notes = searcher.Statistics().Notes;
        Console.WriteLine($"// '{MicroCorpus.HalfOfNotesWord}' matches {hits} of {notes} notes");
    }

    [GlobalCleanup]
    public void Cleanup() => searcher.Dispose();

    [Benchmark(Baseline = true)]
    public int CountHitsOnly() => searcher.Use(s =>
    {
        var count = new TotalHitCountCollector();
        s.Search(query, count);
        return count.TotalHits;
    });

    [Benchmark]
    public int CountHitsAndFacets() => searcher.Use(s =>
    {
        ordinals.Prepare(s.IndexReader);
        var facets = new FacetCollector(new TotalHitCountCollector(), ordinals, NoSelection);
        s.Search(query, facets);
        return facets.Counts().Topics.Count;
    });

    /// <summary>Loading the 10 notes' stored text, then highlighting it (as a search does).</summary>
    [Benchmark]
    public int TenSnippets() => searcher.Use(s =>
    {
        var stored = page.ToDictionary(doc => doc, doc => s.Doc(doc, TextFields));
        return new NoteHighlighter(stored).Highlight(s, query, page).Sum(h => h.Snippet.Length);
    });
}
