using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Topics whose labels differ only in symbols are separate facets and separate filters.</summary>
public class TopicKeySearchTests
{
    [Fact]
    public void CPlusPlusAndCSharpAreTwoFacetsAndEachFilterFindsItsOwnNote()
    {
        using var searcher = TestIndex.Markdown(
            "---\ntitle: Templates\ndate: 2026-01-01\nslug: templates\ntopics: [C++]\n---\nTemplates.\n",
            "---\ntitle: Generics\ndate: 2026-01-02\nslug: generics\ntopics: [C#]\n---\nGenerics.\n");

        var all = searcher.Search(new SearchRequest());
        var sharp = searcher.Search(new SearchRequest { Topics = ["C#"] });
        var plus = searcher.Search(new SearchRequest { Topics = ["c-plus-plus"] });

        Assert.Equal(["c-plus-plus:C++:1", "c-sharp:C#:1"], all.Facets.Topics.Select(t => $"{t.Key}:{t.Label}:{t.Count}").Order());
        Assert.Equal(("generics", "templates"), (string.Join(",", sharp.Slugs()), string.Join(",", plus.Slugs())));
    }
}
