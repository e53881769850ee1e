using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class FuzzyAutomataCacheTests
{
    private static readonly Core.Notes.Note[] Notes =
    [
        Note("k8s", "Scheduling pods", "The Kubernetes scheduler places pods."),
        Note("gpu", "Clusters", "A scheduler for training jobs on GPU clusters."),
        Note("other", "Tokenizers", "Byte pair encoding."),
    ];

    [Fact]
    public void A_fuzzy_word_searched_again_reuses_its_automata_and_finds_the_same_notes()
    {
        using var searcher = Build(Notes);

        var first = searcher.Search("schedluer~").Slugs();
        var kept = searcher.FuzzyAutomata.Get(("schedluer", 2, 0, true));
        var again = searcher.Search("schedluer~").Slugs();

        Assert.Equal(["gpu", "k8s"], first.Order());
        Assert.Equal(3, kept.Length);  // one automaton per edit distance: 0, 1 and 2
        Assert.Equal(first, again);
        Assert.Empty(searcher.FuzzyAutomata.Get(("schedlure", 2, 0, true)));
    }

    [Fact]
    public void Without_the_cache_the_same_notes_are_found()
    {
        using var cached = Build(Notes);
        using var uncached = Build(Notes);
        uncached.FuzzyAutomata.Capacity = 0;

        cached.Search("schedluer~");
        Assert.Equal(cached.Search("schedluer~").Slugs(), uncached.Search("schedluer~").Slugs());
        Assert.Empty(uncached.FuzzyAutomata.Get(("schedluer", 2, 0, true)));
    }

    [Fact]
    public void Long_fuzzy_words_are_searched_but_not_kept()
    {
        using var searcher = Build(Notes);
        var word = "schedulerschedulers";  // 19 letters: larger automata, not worth keeping

        searcher.Search(word + "~");

        Assert.Empty(searcher.FuzzyAutomata.Get((word, 2, 0, true)));
        Assert.NotEmpty(searcher.Search("schedluer~").Slugs());
        Assert.NotEmpty(searcher.FuzzyAutomata.Get(("schedluer", 2, 0, true)));
    }
}
