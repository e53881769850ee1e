using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class SectionFacetTests
{
    private static readonly Section News = new("news", "news");
    private static readonly Section Release = new("release", "Release");

    private static Note[] Notes() =>
    [
        Note("a", "GPU one", "gpu", "2025-11-03", topics: ["Hardware"]) with { Section = News },
        Note("b", "GPU two", "gpu", "2026-03-05", topics: ["Hardware"]) with { Section = News },
        Note("c", "GPU three", "gpu", "2026-03-20", topics: ["Networking"]) with { Section = Release },
        Note("d", "GPU four", "gpu", "2026-04-01", topics: ["Networking"]),
        Note("e", "Other", "cpu", "2026-04-02", topics: ["Hardware"]) with { Section = Release },
    ];

    private static SearchResults Search(NoteSearcher searcher, string[]? sections = null, string[]? topics = null, int? year = null) =>
        searcher.Search(new SearchRequest { Query = "gpu", Sections = sections ?? [], Topics = topics ?? [], Year = year });

    [Fact]
    public void SectionsAreCountedOverEveryHitAndNotesWithoutOneAreLeftOut()
    {
        using var searcher = Build(Notes());

        var results = searcher.Search(new SearchRequest { Query = "gpu", PageSize = 1 });

        Assert.Equal([new("news", "news", 2, false), new("release", "Release", 1, false)], results.Facets.Sections);
    }

    [Fact]
    public void SelectingASectionFiltersTheHitsAndKeepsTheOtherSectionsCounts()
    {
        using var searcher = Build(Notes());

        var results = Search(searcher, sections: ["news"]);

        Assert.Equal(["a", "b"], results.Slugs().Order());
        Assert.Equal([new("news", "news", 2, true), new("release", "Release", 1, false)], results.Facets.Sections);
        Assert.Equal([new("hardware", "Hardware", 2, false)], results.Facets.Topics);
    }

    [Fact]
    public void SeveralSectionsAreOredAndOtherDimensionsAreAnded()
    {
        using var searcher = Build(Notes());

        Assert.Equal(["a", "b", "c"], Search(searcher, sections: ["news", "release"]).Slugs().Order());
        Assert.Equal(["c"], Search(searcher, sections: ["news", "release"], topics: ["networking"]).Slugs());
        Assert.Equal(["b", "c"], Search(searcher, sections: ["news", "release"], year: 2026).Slugs().Order());
    }

    [Fact]
    public void OtherDimensionsCountOnlyTheSelectedSections()
    {
        using var searcher = Build(Notes());

        var facets = Search(searcher, sections: ["release"]).Facets;

        Assert.Equal([new("networking", "Networking", 1, false)], facets.Topics);
        Assert.Equal([new("2026", "2026", 1, false)], facets.Years);
    }

    [Fact]
    public void SectionCountsFollowTheOtherFiltersAndEqualTheTotalsAfterSelectingThem()
    {
        using var searcher = Build(Notes());

        var selected = Search(searcher, sections: ["news"], topics: ["hardware"], year: 2026);

        Assert.Equal([new("news", "news", 1, true)], selected.Facets.Sections);
        foreach (var section in Search(searcher, topics: ["networking"]).Facets.Sections)
            Assert.Equal(section.Count, Search(searcher, sections: [section.Key], topics: ["networking"]).Total);
    }

    [Fact]
    public void ASectionIsMatchedByItsLabelAndAnUnknownOneStaysListedAtZero()
    {
        using var searcher = Build(Notes());

        Assert.Equal(["c"], Search(searcher, sections: ["Release"]).Slugs());
        var results = Search(searcher, sections: ["blog"]);
        Assert.Equal(0, results.Total);
        Assert.Contains(new FacetValue("blog", "blog", 0, true), results.Facets.Sections);
    }

    [Fact]
    public void FlatContentHasNoSectionFacet()
    {
        using var searcher = Build(Notes().Select(n => n with { Section = null }).ToArray());

        Assert.Empty(searcher.Search(new SearchRequest { Query = "gpu" }).Facets.Sections);
    }

    [Fact]
    public void SectionsAreCountedAcrossSegmentsAndShownOnHitsAndNotePages()
    {
        using var searcher = Segmented(SearchOptions.Default, Notes());

        var results = Search(searcher, sections: ["release", "news"]);

        Assert.Equal([new("news", "news", 2, true), new("release", "Release", 1, true)], results.Facets.Sections);
        Assert.Equal(Release, results.Hits.Single(h => h.Slug == "c").Section);
        Assert.Equal(News, searcher.GetNote("a")!.Section);
        Assert.Null(searcher.GetNote("d")!.Section);
    }

    [Fact]
    public void ANoteWithFoldersInItsSlugIsFoundAndLinkedWithItsSlashes()
    {
        using var searcher = Build(Note("news/meetup", "Meetup", "gpu") with { Section = News });

        Assert.Equal("/notes/news/meetup", searcher.Search(new SearchRequest { Query = "gpu" }).Hits.Single().Url);
        Assert.Equal("/notes/news/meetup", searcher.GetNote("news/meetup")!.Url);
    }
}
