using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.SuggestTestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class SuggesterTests
{
    // No time budget: these tests check completions, and a busy machine must not cut them (QueryBudgetTests test the budget).
    private readonly Suggester suggester = new() { TimeBudget = TimeSpan.Zero };

    [Fact]
    public void TitleWordsCompleteTheirPrefixMostFrequentFirst()
    {
        using var index = Build(
            Note("a", "Cached prefill"),
            Note("b", "The cache is full"),
            Note("c", "A cache miss"),
            Note("d", "Cachet", "cachexia in the body only"));

        Assert.Equal(
            [Word("cache", 2), Word("cached", 1), Word("cachet", 1)],
            suggester.Complete(index.Reader, "cach"));
    }

    [Fact]
    public void SeveralWordsCompleteTheLastAndReturnTheWholeText()
    {
        using var index = Build(
            Note("a", "KV cache eviction"),
            Note("b", "Calls can fail"),
            Note("c", "Calls can wait"));

        Assert.Equal(
            [Word("kv cache", 1), Word("kv calls", 2), Word("kv can", 2)],
            suggester.Complete(index.Reader, "kv ca"));
    }

    [Fact]
    public void TheTextBeforeTheLastWordIsKeptAsTyped()
    {
        using var index = Build(Note("a", "Kubernetes scheduling"));

        Assert.Equal([Word("GPU title:\"Kubernetes", 1)], suggester.Complete(index.Reader, "GPU title:\"Ku"));
    }

    [Fact]
    public void StopWordsContractionsAndNumbersAreNotOffered()
    {
        using var index = Build(Note("a", "Then there's the theory: 16 them 160x"));

        Assert.Equal([Word("theory", 1)], suggester.Complete(index.Reader, "th"));
        Assert.Equal([Word("160x", 1)], suggester.Complete(index.Reader, "16"));
    }

    [Fact]
    public void TopicLabelsMatchAnyLabelWordCaseInsensitivelyMostNotesFirst()
    {
        using var index = Build(
            Note("a", "one", topics: ["KV cache", "Kernels"]),
            Note("b", "two", topics: ["KV cache"]),
            Note("c", "three", topics: ["Cost"]));

        Assert.Equal(
            [Topic("KV cache", 2, "kv-cache"), Topic("Kernels", 1, "kernels")],
            suggester.Complete(index.Reader, "K"));
        Assert.Equal([Topic("KV cache", 2, "kv-cache")], suggester.Complete(index.Reader, "CAC"));
    }

    [Fact]
    public void TopicsMatchingEveryTypedWordComeFirstAndTopicsPrecedeWords()
    {
        using var index = Build(
            Note("a", "Cache and cost", topics: ["Cost"]),
            Note("b", "Cost again", topics: ["Cost"]),
            Note("c", "KV", topics: ["KV cache"]));

        Assert.Equal(
            [Topic("KV cache", 1, "kv-cache"), Topic("Cost", 2, "cost"), Word("kv cost", 2), Word("kv cache", 1)],
            suggester.Complete(index.Reader, "kv c"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("kv ")]
    [InlineData("\"kv cache\"")]
    [InlineData("kv*")]
    [InlineData("kv AND")]
    [InlineData("title:")]
    public void InputThatDoesNotEndInAWordHasNoCompletions(string input)
    {
        using var index = Build(Note("a", "KV cache and kv", topics: ["KV cache"]));

        Assert.Empty(suggester.Complete(index.Reader, input));
    }

    [Fact]
    public void TheNumberOfCompletionsIsCapped()
    {
        var notes = Enumerable.Range(0, 30).Select(i => Note($"n{i}", $"word{(char)('a' + i % 26)}{i}x", topics: [$"Topic {i}"]));
        using var index = Build([.. notes]);

        Assert.Equal(3, suggester.Complete(index.Reader, "w", max: 3).Count);
        Assert.Equal(Suggester.MaxResults, suggester.Complete(index.Reader, "t", max: 500).Count);
        Assert.Equal(Suggester.DefaultMax, suggester.Complete(index.Reader, "w").Count);
        Assert.Empty(suggester.Complete(index.Reader, "w", max: -1));
    }

    [Fact]
    public void TopicCountsFollowANewReaderAndLeaveDeletedNotesOut()
    {
        using var index = Build(Note("a", "one", topics: ["Networking"]));
        Assert.Equal([Topic("Networking", 1, "networking")], suggester.Complete(index.Reader, "net"));

        index.Change([Note("b", "two", topics: ["Networking"]), Note("c", "three", topics: ["Networking"])], deletions: ["a"]);

        Assert.Equal([Topic("Networking", 2, "networking")], suggester.Complete(index.Reader, "net"));
    }

    [Fact]
    public void KvCaOverTheNotesOffersTheKvCacheTopicAndThePhrase()
    {
        var completions = suggester.Complete(SuggestContent.Reader, "kv ca");

        Assert.Equal(Topic("KV cache", 4, "kv-cache"), completions[0]);
        Assert.Equal("kv cache", completions[1].Text);
    }

    [Fact]
    public void APrefixOverTheNotesOffersTopicsThenTitleWords()
    {
        Assert.Equal(
            ["Networking", "network"],
            suggester.Complete(SuggestContent.Reader, "net").Select(s => s.Text));
        Assert.Equal(
            [SuggestionKind.Topic, SuggestionKind.Word, SuggestionKind.Word],
            suggester.Complete(SuggestContent.Reader, "ag").Select(s => s.Kind));
    }

    private static Suggestion Word(string text, int count) => new(text, SuggestionKind.Word, count);

    private static Suggestion Topic(string label, int count, string key) => new(label, SuggestionKind.Topic, count, key);
}
