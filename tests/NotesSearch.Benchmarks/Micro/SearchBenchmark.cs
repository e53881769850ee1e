using BenchmarkDotNet.Attributes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Benchmarks.Micro;

/// <summary>
/// One whole <see cref="NoteSearcher.Search"/> (count, top 10, facets over every hit, 10 snippets) per query kind,
/// with the allocations of one query. "common" matches about half of the notes, so it is the facet-counting case
/// (~50k hits in the 100k-note micro index).
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmark
{
    private NoteSearcher searcher = null!;
    private SearchRequest request = null!;

    [Params("common", "rare", "or", "phrase", "prefix", "fuzzy", "topic+date")]
    public string Kind { get; set; } = "common";

    [GlobalSetup]
    public void Setup()
    {
        searcher = NoteSearcher.Open(MicroCorpus.IndexPath());
        request = Kind switch
        {
            "common" => new SearchRequest { Query = MicroCorpus.HalfOfNotesWord, Relax = false },
            "rare" => new SearchRequest { Query = "symlinks" },
            "or" => new SearchRequest { Query = "objective OR identity" },
            "phrase" => new SearchRequest { Query = "\"value returns\"" },
            "prefix" => new SearchRequest { Query = "compil*" },
            "fuzzy" => new SearchRequest { Query = "trheat~" },
            _ => new SearchRequest { Query = "memory", Topics = ["inference"], From = new DateOnly(2023, 1, 1), To = new DateOnly(2024, 12, 31) },
        };
        searcher.Search(request);
    }

    [GlobalCleanup]
    public void Cleanup() => searcher.Dispose();

    [Benchmark]
    public int Search() => searcher.Search(request).Total;
}
