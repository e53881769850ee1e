using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.SuggestTestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class SuggesterTests
{
    // No time budget: these tests check completions, and a busy machine must not cut them (QueryBudgetTests test the budget).
    private readonly Suggester suggester = new() { TimeBudget = TimeSpan.Zero };

    [Fact]
    public void WordsOfEveryFieldCompleteTheirPrefixTitlesWeighingMost()
    {
        using var index = Build(
            Note("a", "Cached prefill"),
            Note("b", "The cache is full"),
            Note("c", "A cache miss"),
            Note("d", "Cachet", "cachexia in the body only"));

        // Each count is how many notes the completion finds as the search reads it ("cached" finds the cache notes too).
        Assert.Equal(
            [Word("cache", 3), Word("cached", 3), Word("cachet", 1), Word("cachexia", 1)],
            suggester.Complete(index.Reader, "cach"));
    }

    [Fact]
    public void AWordOnlyInBodiesIsCompleted()
    {
        using var index = Build(
            Note("a", "Prefill and decode", "Disaggregated serving."),
            Note("b", "Scale", "Disaggregation moves the cache."));

        var completions = suggester.Complete(index.Reader, "disag");

        Assert.Equal(["disaggregated", "disaggregation"], completions.Select(c => c.Text));
        // As many notes as the search for the word finds (how many depends on the stemmer joining the two forms).
        Assert.All(completions, c => Assert.InRange(c.Count, 1, 2));
    }

    [Fact]
    public void SeveralWordsCompleteTheLastOnlyWhenANoteHoldsThemAll()
    {
        using var index = Build(
            Note("a", "KV cache eviction"),
            Note("b", "Calls can fail"),
            Note("c", "Calls can wait"));

        // "kv calls" and "kv can" would find no note.
        Assert.Equal([Word("kv cache", 1)], suggester.Complete(index.Reader, "kv ca"));
    }

    [Fact]
    public void ACompletionOfSeveralWordsSaysHowManyNotesHoldThemAll()
    {
        using var index = Build(
            Note("a", "GPU topology", "Two GPUs talk over NVLink."),
            Note("b", "GPU tuning", "Tune the GPU threads."),
            Note("c", "Tigers", "Ten tigers threw a ball."));

        var completions = suggester.Complete(index.Reader, "gpu t");

        Assert.DoesNotContain(completions, c => c.Text is "gpu ten" or "gpu threw" or "gpu tigers");
        Assert.Contains(Word("gpu tuning", 1), completions);
        Assert.Contains(Word("gpu two", 1), completions);
        Assert.All(completions, c => Assert.InRange(c.Count, 1, 2));
    }

    [Fact]
    public void ATopicScopeCompletesToRealTopicsOnly()
    {
        using var index = Build(
            Note("a", "Network cards", "network", topics: ["Networking"]),
            Note("b", "Kernels", topics: ["GPU kernels"]));

        Assert.Equal([new Suggestion("topic:networking", SuggestionKind.Topic, 1, "networking")], suggester.Complete(index.Reader, "topic:net"));
        Assert.Equal([new Suggestion("gpu topic:gpu-kernels", SuggestionKind.Topic, 1, "gpu-kernels")], suggester.Complete(index.Reader, "gpu topic:ker"));
        Assert.Empty(suggester.Complete(index.Reader, "topic:card"));
    }

    [Fact]
    public void TheTextBeforeTheLastWordIsKeptAsTyped()
    {
        using var index = Build(Note("a", "Kubernetes scheduling", "On a GPU."));

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
            [Topic("KV cache", 1, "kv-cache"), Topic("Cost", 2, "cost"), Word("kv cache", 1)],
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

    [Theory]
    [InlineData("disag")]
    [InlineData("kv ca")]
    [InlineData("gpu t")]
    [InlineData("nic h")]
    [InlineData("cache e")]
    public void EveryCompletionOverTheNotesFindsAsManyNotesAsItSays(string typed)
    {
        using var searcher = TestIndex.Build([.. ContentNotes.Load()]);

        var completions = searcher.Use(s => suggester.Complete(s.IndexReader, typed));

        Assert.NotEmpty(completions);
        foreach (var completion in completions.Where(c => c.Kind == SuggestionKind.Word))
        {
            // Found with every word (not relaxed to any word, not a typo correction's notes).
            var results = searcher.Search(completion.Text);
            Assert.False(results.Relaxed || results.CorrectedFrom is not null, completion.Text);
            Assert.True(results.Total >= completion.Count && completion.Count >= 1, $"{completion.Text}: says {completion.Count}, finds {results.Total}");
        }
    }

    [Fact]
    public void ATopicScopeOverTheNotesOffersTheTopic()
    {
        var completions = suggester.Complete(SuggestContent.Reader, "topic:net");

        Assert.Equal("topic:networking", completions[0].Text);
        Assert.All(completions, c => Assert.Equal(SuggestionKind.Topic, c.Kind));
    }

    private static Suggestion Word(string text, int count) => new(text, SuggestionKind.Word, count);

    private static Suggestion Topic(string label, int count, string key) => new(label, SuggestionKind.Topic, count, key);
}
