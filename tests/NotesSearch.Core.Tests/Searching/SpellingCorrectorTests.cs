using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.SuggestTestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Corrector = SpellingCorrector.Default;

    [Theory]
    [InlineData("cat", "cst", null)]          // 3 letters: never
    [InlineData("cache", "cahe", "cache")]    // 4 letters: 1 edit
    [InlineData("cache", "cahce", "cache")]   // a swapped pair is one edit
    [InlineData("pipeline", "pipline", "pipeline")] // 7 letters: 1 edit
    [InlineData("network", "nutwirk", null)]  // 7 letters: 2 edits is too many
    [InlineData("pipeline", "pupelime", "pipeline")] // 8 letters: 2 edits
    [InlineData("networking", "netwurkinq", "networking")] // 10 letters: 2 edits
    [InlineData("networking", "nutwurkinq", null)] // 3 edits: never
    public void EditsAllowedGrowWithTheLengthOfTheWord(string indexed, string typed, string? expected)
    {
        using var index = Build(Note("a", "notes", indexed));

        Assert.Equal(expected, Corrector.CorrectWord(index.Reader, typed)?.Corrected);
    }

    [Theory]
    [InlineData("h200")]
    [InlineData("H200")]
    [InlineData("p98")]
    public void WordsHoldingDigitsAreNeverCorrected(string typed)
    {
        using var index = Build(Note("a", "H100 latency", "the h100 has p99 latency"));

        Assert.Null(Corrector.CorrectWord(index.Reader, typed));
    }

    [Fact]
    public void AWordIsNeverCorrectedIntoANameHoldingDigits()
    {
        using var index = Build(Note("a", "models", "gpt4o answers"));

        Assert.Null(Corrector.CorrectWord(index.Reader, "gptxo"));
    }

    [Fact]
    public void AWordTheIndexHoldsIsNeverCorrectedEvenWhenAnotherIsMoreCommon()
    {
        using var index = Build(
            Note("a", "one", "ferret"),
            Note("b", "two", "ferrets"),
            Note("c", "three", "ferrets"));

        Assert.Null(Corrector.CorrectWord(index.Reader, "ferret"));
    }

    [Theory]
    [InlineData("schedulers")]
    [InlineData("Scheduled")]
    [InlineData("which")]
    public void AWordSearchAlreadyFindsByItsStemOrDropsAsAStopWordIsNeverCorrected(string typed)
    {
        using var index = Build(Note("a", "notes", "the scheduler schedules"));

        Assert.Null(Corrector.CorrectWord(index.Reader, typed));
    }

    [Theory]
    [InlineData(3, 1, "batch")]
    [InlineData(1, 3, "botch")]
    public void AmongEqualEditsTheMoreCommonTermWins(int batchNotes, int botchNotes, string expected)
    {
        var notes = Enumerable.Range(0, batchNotes).Select(i => Note($"batch{i}", "a", "batch"))
            .Concat(Enumerable.Range(0, botchNotes).Select(i => Note($"botch{i}", "b", "botch")))
            .ToArray();
        using var index = Build(notes);

        Assert.Equal(expected, Corrector.CorrectWord(index.Reader, "bxtch")?.Corrected);
    }

    [Fact]
    public void FewerEditsBeatAMoreCommonTerm()
    {
        var common = Enumerable.Range(0, 5).Select(i => Note($"q{i}", "stats", "quantile"));
        using var index = Build([Note("z", "int8", "quantize"), .. common]);

        Assert.Equal(new WordCorrection("quantizx", "quantize", 1, 1), Corrector.CorrectWord(index.Reader, "quantizx"));
    }

    [Fact]
    public void CandidatesComeFromTitlesSummariesAndBodiesWithFrequencySummedOverThem()
    {
        using var index = Build(
            Note("a", "Kubernetes scheduling", summary: "kubernetes"),
            Note("b", "other", "kubernetes pods"));

        Assert.Equal(new WordCorrection("kuberntes", "kubernetes", 1, 3), Corrector.CorrectWord(index.Reader, "Kuberntes"));
    }

    [Fact]
    public void OnlyTheMisspeltWordsChangeAndNothingToCorrectIsNull()
    {
        using var index = Build(Note("a", "KV cache disaggregation", "prefill on the h100"));

        var correction = Corrector.Correct(index.Reader, ["KV", "disagregation", "h200", "prefill"]);

        Assert.Equal(["KV", "disaggregation", "h200", "prefill"], correction!.Words);
        Assert.Equal([new WordCorrection("disagregation", "disaggregation", 1, 1)], correction.Changes);
        Assert.Null(Corrector.Correct(index.Reader, ["kv", "cache", "h200", "zzzzzz"]));
    }

    [Fact]
    public void TheCorrectedQueryKeepsQuotesOperatorsFieldsAndTheWordsCase()
    {
        using var index = Build(Note("a", "Kubernetes", "infiniband fabric"));
        const string query = "\"Infiniban fabric\" AND title:kuberntes NOT kuberntes* -KUBERNTES";

        var correction = Corrector.Correct(index.Reader, query);

        Assert.Equal("\"Infiniband fabric\" AND title:kubernetes NOT kuberntes* -KUBERNETES", correction!.ApplyTo(query));
        Assert.Equal("infiniban → infiniband, kuberntes → kubernetes", correction.ToString());
    }

    [Theory]
    [InlineData("disagregation", "disaggregation")]
    [InlineData("kuberntes", "kubernetes")]
    [InlineData("infiniban", "infiniband")]
    [InlineData("Kuberntes", "kubernetes")]
    public void TheAuthorsTyposAreCorrectedFromTheNotes(string typed, string expected)
    {
        Assert.Equal(expected, Corrector.CorrectWord(SuggestContent.Reader, typed)?.Corrected);
    }

    [Theory]
    [InlineData("h200")]
    [InlineData("kubernetes")]
    [InlineData("rdma")]
    public void TheNotesOwnWordsAndModelNumbersStayAsTyped(string typed)
    {
        Assert.Null(Corrector.Correct(SuggestContent.Reader, [typed]));
    }
}
