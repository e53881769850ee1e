using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>Issue 12 §4: words match what the writer meant (stop words in phrases, stemming, Unicode, names).</summary>
public class WordFormTests
{
    [Theory]
    [InlineData("\"soup of the day\"", "soup of the day", "soup with fresh day")]
    [InlineData("\"the end of the game\"", "the end of the game engine", "the end for a game engine")]
    [InlineData("\"to be or not to be\"", "to be or not to be, says the prince", "be or not be, says the prince")]
    [InlineData("\"state of the art\"", "the state of the art in caching", "the state in an art of caching")]
    public void APhraseMatchesItsStopWordsToo(string query, string meant, string other)
    {
        using var searcher = Build(Note("meant", "One", meant), Note("other", "Two", other));

        Assert.Equal(["meant"], searcher.Search(query).Slugs());
    }

    [Fact]
    public void PlainWordsStillLeaveStopWordsOut()
    {
        using var searcher = Build(Note("meant", "One", "soup of the day"), Note("other", "Two", "soup with fresh day"));

        Assert.Equal(["meant", "other"], searcher.Search("soup of the day").Slugs().Order());
        var alone = searcher.Search("the");
        Assert.Contains(alone.Warnings, w => w.Contains("only common words", StringComparison.Ordinal));
    }

    private static NotesSearch.Core.Searching.NoteSearcher Stems() => Build(
        Note("universe", "Cosmology", "The universe expands."),
        Note("universes", "Many worlds", "Parallel universes are a thought experiment."),
        Note("university", "Campus", "The university runs a cluster."),
        Note("universal", "Queues", "A universal job queue."),
        Note("organize", "Reading", "I organize papers by question."),
        Note("organic", "Traffic", "Organic traffic came from search."),
        Note("engine", "Games", "The game engine draws frames."),
        Note("engineering", "Culture", "Engineering culture eats process."));

    [Theory]
    [InlineData("universe", "universe", "universes")]
    [InlineData("universes", "universe", "universes")]
    [InlineData("university", "university")]
    [InlineData("universal", "universal")]
    [InlineData("organize", "organize")]
    [InlineData("organic", "organic")]
    [InlineData("engine", "engine")]
    [InlineData("engineering", "engineering")]
    public void AWordDoesNotMatchWordsThatOnlyShareItsBeginning(string query, params string[] slugs)
    {
        using var searcher = Stems();

        Assert.Equal(slugs.Order(), searcher.Search(query).Slugs().Order());
    }

    [Theory]
    [InlineData("\"universe\"", "universe")]
    [InlineData("\"universes\"", "universes")]
    [InlineData("title:\"universes\"", "")]
    [InlineData("\"organize\"", "organize")]
    public void AQuotedWordMatchesThatWordExactly(string query, string slug)
    {
        using var searcher = Stems();

        Assert.Equal(slug.Length == 0 ? [] : [slug], searcher.Search(query).Slugs());
    }

    [Theory]
    [InlineData("Zürich")]
    [InlineData("Zu\u0308rich")]
    [InlineData("zurich")]
    [InlineData("ZÜRICH")]
    public void DecomposedAndComposedTextFindEachOther(string query)
    {
        using var searcher = Build(Note("decomposed", "Meetup", "The Zu\u0308rich meetup."), Note("composed", "Trains", "Trains from Zürich."), Note("other", "Elsewhere", "Bern."));

        Assert.Equal(["composed", "decomposed"], searcher.Search(query).Slugs().Order());
    }

    [Theory]
    [InlineData("Zu\u0308r*")]
    [InlineData("zür*")]
    [InlineData("Zu\u0308rih~")]
    public void PrefixAndFuzzyWordsAreNormalisedToo(string query)
    {
        using var searcher = Build(Note("decomposed", "Meetup", "The Zu\u0308rich meetup."), Note("composed", "Trains", "Trains from Zürich."), Note("other", "Elsewhere", "Bern."));

        Assert.Equal(["composed", "decomposed"], searcher.Search(query).Slugs().Order());
    }

    [Theory]
    [InlineData("cafe", "plain", "accented", "decomposed")]
    [InlineData("café", "accented", "decomposed", "plain")]
    [InlineData("cafe\u0301", "accented", "decomposed", "plain")]
    public void AccentsFoldAsASecondaryMatchBelowTheFormAsTyped(string query, params string[] expected)
    {
        using var searcher = Build(
            Note("accented", "Queues", "A café with one barista."),
            Note("decomposed", "Queues again", "Another cafe\u0301 with one barista."),
            Note("plain", "Wifi", "Working from a cafe all day."));

        var slugs = searcher.Search(query).Slugs();

        Assert.Equal(expected[0], slugs[0]);
        Assert.Equal(expected.Order(), slugs.Order());
    }

    // KStem leaves a word with a letter outside a-z as it is: the folded form must be stemmed as a plain word would be.
    [Theory]
    [InlineData("resumes", "plain")]
    [InlineData("resume", "plain")]
    [InlineData("résumés", "accented")]
    [InlineData("résumé", null)]
    [InlineData("Résumé", null)]
    public void AnAccentedWordMeetsItsOtherFormsOnceFolded(string query, string? first)
    {
        using var searcher = Build(
            Note("accented", "Hiring", "Two résumés arrived."),
            Note("plain", "Jobs", "Send a resume today."),
            Note("other", "Noise", "A summary of the job."));

        var slugs = searcher.Search(query).Slugs();

        Assert.Equal(["accented", "plain"], slugs.Order());
        if (first is not null)
            Assert.Equal(first, slugs[0]);
    }

    [Theory]
    [InlineData("naivebayes")]
    [InlineData("NaiveBayes")]
    [InlineData("naive-bayes")]
    [InlineData("naïvebayes")]
    [InlineData("naïve-Bayes")]
    public void AnAccentedHyphenatedNameIsFoundJoinedAndWithoutItsAccents(string query)
    {
        using var searcher = Build(
            Note("bayes", "Classifiers", "A naïve-Bayes classifier for spam."),
            Note("other", "Trees", "A decision tree for spam."));

        Assert.Equal(["bayes"], searcher.Search(query).Slugs());
    }

    // Case folding makes the Turkish İ an i with a combining dot, which no precomposed letter folds away.
    [Theory]
    [InlineData("istanbul", "plain", "dotted")]
    [InlineData("Istanbul", "plain", "dotted")]
    [InlineData("İstanbul", "dotted", "plain")]
    public void ATurkishDottedCapitalIFoldsToI(string query, params string[] expected)
    {
        using var searcher = Build(
            Note("dotted", "Travel", "Three days in İstanbul."),
            Note("plain", "Trains", "The night train to Istanbul."),
            Note("other", "Elsewhere", "Ankara."));

        var slugs = searcher.Search(query).Slugs();

        Assert.Equal(expected, slugs);
    }

    [Theory]
    [InlineData("ＧＰＵ", "gpu")]
    [InlineData("ﬁnetuning", "ligature")]
    [InlineData("finetuning", "ligature")]
    public void CompatibilityFormsAreNormalised(string query, string slug)
    {
        using var searcher = Build(Note("gpu", "Chips", "One GPU per node."), Note("ligature", "Training", "No ﬁnetuning needed."));

        Assert.Equal([slug], searcher.Search(query).Slugs());
    }

    private static NotesSearch.Core.Searching.NoteSearcher Names() => Build(
        Note("deepseek", "Profiles", "Open a profile of a DeepSeek-R1 decode workload."),
        Note("alltoall", "Overlap", "MoE all-to-all communication overlaps dense compute."),
        Note("h100", "Memory", "Why your H100 deployment is memory-bound."),
        Note("tpu", "Topology", "TPU 8i replaces the torus."),
        Note("cuda", "Kernels", "The CUDA-L1 team caught it."),
        Note("turns", "Chat", "The dominant workload is now multi-turn."),
        Note("other", "Noise", "Deep seeking of all the things, with 100 h of work and a tpu."));

    [Theory]
    [InlineData("DeepSeekR1", "deepseek")]
    [InlineData("deepseekr1", "deepseek")]
    [InlineData("deepseek r1", "deepseek")]
    [InlineData("DeepSeek-R1", "deepseek")]
    [InlineData("alltoall", "alltoall")]
    [InlineData("all-to-all", "alltoall")]
    [InlineData("all to all", "alltoall")]
    [InlineData("h-100", "h100")]
    [InlineData("H100", "h100")]
    [InlineData("h 100", "h100")]
    [InlineData("tpu8i", "tpu")]
    [InlineData("tpu-8i", "tpu")]
    [InlineData("TPU 8i", "tpu")]
    [InlineData("cudal1", "cuda")]
    [InlineData("cuda l1", "cuda")]
    [InlineData("multiturn", "turns")]
    [InlineData("multi turn", "turns")]
    public void ANameIsFoundTypedJoinedSplitOrHyphenated(string query, string slug)
    {
        using var searcher = Names();

        Assert.Equal(slug, searcher.Search(query).Slugs().FirstOrDefault());
    }
}
