using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.SuggestTestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class RelatedNotesTests
{
    private readonly RelatedNotes related = new();

    [Fact]
    public void ANoteWithOverAThousandTopicsStillGetsItsRelatedNotes()
    {
        // Made by hand: the parser would keep only the first 50, but an index may hold anything.
        var topics = Enumerable.Range(1, 1_030).Select(i => $"topic {i}").ToArray();
        using var index = Build(
            Note("many", "RDMA over InfiniBand", "rdma infiniband fabric", topics),
            Note("roce", "RoCE and RDMA", "rdma over ethernet fabric", ["topic 3"]));

        Assert.Equal(["roce"], related.Find(index.Searcher, "many").Select(r => r.Slug));
    }

    [Fact]
    public void ANoteIsNeverRelatedToItself()
    {
        using var index = Build(
            Note("rdma", "RDMA over InfiniBand", "rdma infiniband fabric", ["Networking"]),
            Note("roce", "RoCE and RDMA", "rdma over ethernet fabric", ["Networking"]));

        Assert.Equal(["roce"], related.Find(index.Searcher, "rdma").Select(r => r.Slug));
    }

    [Fact]
    public void AtMostTheAskedNumberComeBackNotesSharingMoreFirst()
    {
        var twoTopics = Enumerable.Range(0, 3).Select(i => Note($"both{i}", $"Note {i}", "warp kernels", ["Kernels", "Hardware"]));
        var oneTopic = Enumerable.Range(0, 5).Select(i => Note($"one{i}", $"Note {i}", "warp kernels", ["Kernels"]));
        using var index = Build([Note("source", "Warp kernels", "warp kernels", ["Kernels", "Hardware"]), .. oneTopic, .. twoTopics]);

        var found = related.Find(index.Searcher, "source");

        Assert.Equal(5, found.Count);
        Assert.Equal(["both0", "both1", "both2"], found.Take(3).Select(r => r.Slug).Order());
        Assert.Equal(2, related.Find(index.Searcher, "source", count: 2).Count);
    }

    [Fact]
    public void EachRelatedNoteSaysWhichTopicsAndTermsItShares()
    {
        using var index = Build(
            Note("ib", "InfiniBand fabrics", "RDMA over InfiniBand: lossless fabrics, RDMA and RDMA everywhere", ["Networking", "Cost"]),
            Note("roce", "RoCE", "RDMA over converged ethernet needs a lossless fabric", ["Networking"], date: "2026-03-04"));

        var found = Assert.Single(related.Find(index.Searcher, "ib"));

        Assert.Equal(
            ("roce", "RoCE", new DateOnly(2026, 3, 4), "/notes/roce", "networking", "rdma fabrics lossless",
                "shares topics: Networking; terms: rdma, fabrics, lossless"),
            (found.Slug, found.Title, found.Date, found.Url, string.Join(' ', found.SharedTopics.Select(t => t.Key)),
                string.Join(' ', found.SharedTerms), found.Reason));
    }

    [Fact]
    public void SharedTermsAreShownAsTheNoteWroteThemNotAsStems()
    {
        using var index = Build(
            Note("a", "Caching kernels", "caching compiled kernels"),
            Note("b", "Kernel cache", "a kernel cache"));

        Assert.Equal(["caching", "kernels"], related.Find(index.Searcher, "a").Single().SharedTerms);
    }

    [Fact]
    public void ATopicAloneIsEnoughToRelateTwoNotes()
    {
        using var index = Parse(
            """
            ---
            title: Alpha
            date: 2026-01-02
            topics: [Engineering culture]
            slug: a
            ---
            alpha
            """,
            """
            +++
            title = "Beta"
            date = 2026-01-03
            tags = "engineering culture"
            +++
            beta
            """);

        var found = Assert.Single(related.Find(index.Searcher, "a"));

        Assert.Equal("shares topics: Engineering culture", found.Reason);
    }

    [Fact]
    public void FunctionWordsAreNeverTheSharedTerms()
    {
        using var index = Build(
            Note("a", "Why your pipeline fails", "why your pipeline is what it is"),
            Note("b", "Why your GPU idles", "why your gpu is what it is"));

        Assert.Empty(related.Find(index.Searcher, "a"));
    }

    [Fact]
    public void AnUnknownNoteOrANoteSharingNothingHasNoRelatedNotes()
    {
        using var index = Build(Note("a", "Alpha", "alpha"), Note("b", "Beta", "beta"));

        Assert.Empty(related.Find(index.Searcher, "missing"));
        Assert.Empty(related.Find(index.Searcher, "a"));
        Assert.Empty(related.Find(index.Searcher, "a", count: 0));
    }

    [Fact]
    public void TheInfiniBandNoteIsRelatedToAnotherNetworkingNote()
    {
        var found = related.Find(SuggestContent.Searcher, "aws-h100-infiniband-vs-ethernet");

        Assert.Contains(found, r => r.SharedTopics.Any(t => t.Key == "networking"));
    }

    [Fact]
    public void EveryNoteGetsAtMostFiveOthersEachWithAReason()
    {
        var found = SuggestContent.Slugs.ToDictionary(slug => slug, slug => related.Find(SuggestContent.Searcher, slug));

        // Fewer, better links: a note may have none, and most have some.
        Assert.All(found, pair => Assert.InRange(pair.Value.Count, 0, 5));
        Assert.True(found.Count(pair => pair.Value.Count > 0) > found.Count / 2);
        Assert.All(found.Values.SelectMany(r => r), r => Assert.True(r.SharedTopics.Count > 0 || r.SharedTerms.Count >= RelatedNotes.MinDistinctiveTerms, r.Reason));
        Assert.All(found, pair => Assert.DoesNotContain(pair.Value, r => r.Slug == pair.Key));
        Assert.All(found.Values.SelectMany(r => r), r => Assert.StartsWith("shares ", r.Reason));
        Assert.All(found.Values.SelectMany(r => r), r => Assert.Equal(NoteSearcher.UrlOf(r.Slug), r.Url));
    }

    [Fact]
    public void ACommonVerbIsNoReason()
    {
        using var index = Build(
            Note("a", "Release notes", "We shipped the parser."),
            Note("b", "Garden", "She shipped tomatoes."));

        Assert.Empty(related.Find(index.Searcher, "a"));
    }

    [Fact]
    public void CodeKeywordsAndWordsMostNotesHoldAreNoReason()
    {
        var everyday = Enumerable.Range(0, 8).Select(i => Note($"n{i}", $"Note {i}", "the engine and the cache"));
        using var index = Build([
            Note("a", "Parser", "```\nreturn engine.cache(key)\n```"),
            Note("b", "Lexer", "```\nreturn engine.cache(token)\n```"),
            .. everyday]);

        Assert.DoesNotContain(related.Find(index.Searcher, "a"), r => r.Slug == "b");
    }

    [Fact]
    public void OneRareWordInCommonIsNotEnoughButTwoAre()
    {
        // Twelve other notes, so that three notes saying "infiniband" is few.
        var others = Enumerable.Range(0, 12).Select(i => Note($"n{i}", $"Garden {i}", "tomatoes and basil"));
        using var index = Build([
            Note("a", "Fabrics", "InfiniBand fabrics and lossless links."),
            Note("one", "Cables", "Cables for InfiniBand."),
            Note("two", "Switches", "Lossless InfiniBand switches."),
            .. others]);

        var found = related.Find(index.Searcher, "a");

        Assert.Equal(["two"], found.Select(r => r.Slug));
        Assert.Equal(["infiniband", "lossless"], found[0].SharedTerms.Order());
    }
}
