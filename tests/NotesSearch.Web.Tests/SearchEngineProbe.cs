using System.Text;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Tests;

/// <summary>Search-engine features the site shows but does not make: they arrive with the search engine's branch.</summary>
public enum EngineFeature
{
    /// <summary>Topic and date filters, and facet counts.</summary>
    Facets,

    /// <summary>More-like-this related notes on a note's page.</summary>
    RelatedNotes,
}

/// <summary>
/// Asks the Core, once, on a three-note index in memory, whether it already does a feature. Tests of the site's
/// side of a feature skip (saying what they wait for) until the engine does it, and run by themselves after.
/// </summary>
public static class SearchEngineProbe
{
    private static readonly Lazy<(bool Facets, bool Related)> Features = new(Probe);

    public static bool Has(EngineFeature feature) => feature switch
    {
        EngineFeature.Facets => Features.Value.Facets,
        EngineFeature.RelatedNotes => Features.Value.Related,
        _ => false,
    };

    private static (bool, bool) Probe()
    {
        using var directory = new RAMDirectory();
        using var indexer = NoteIndexer.Open(directory);
        var parser = new NoteParser();
        indexer.Sync(
        [
            parser.Parse("a.md", Encoding.UTF8.GetBytes("---\ndate: 2026-01-01\ntopics: [Alpha]\n---\nrdma infiniband fabric congestion routing\n")),
            parser.Parse("b.md", Encoding.UTF8.GetBytes("---\ndate: 2026-02-01\ntopics: [Alpha]\n---\nrdma infiniband fabric congestion switches\n")),
            parser.Parse("c.md", Encoding.UTF8.GetBytes("---\ndate: 2025-03-01\ntopics: [Beta]\n---\nsourdough bread baking\n")),
        ]);
        using var manager = indexer.CreateSearcherManager();
        using var searcher = new NoteSearcher(manager);
        var filtered = searcher.Search(new SearchRequest { Topics = ["beta"] });
        var facets = filtered.Total == 1 && filtered.Facets.Topics.Count > 0 && filtered.Facets.Years.Count > 0;
        var related = searcher.GetNote("a")?.Related.Count > 0;
        return (facets, related);
    }
}

/// <summary>A fact about the site that needs <see cref="EngineFeature"/> from the search engine; skipped until it is there.</summary>
public sealed class EngineFactAttribute : FactAttribute
{
    public EngineFactAttribute(EngineFeature feature)
    {
        if (!SearchEngineProbe.Has(feature))
            Skip = $"Waits for the search engine's {feature} (not in NotesSearch.Core yet).";
    }
}
