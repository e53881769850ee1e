namespace NotesSearch.Core.Tests.Notes;

/// <summary>A note keeps its first topics only; the rest are left out with a warning naming the file.</summary>
public class NoteTopicCapTests
{
    private static string WithTopics(int count) =>
        "---\ntitle: T\ndate: 2026-05-25\ntopics: [" + string.Join(", ", Enumerable.Range(1, count).Select(i => $"topic {i}")) + "]\n---\nBody.\n";

    [Fact]
    public void TopicsOverTheCapAreLeftOutWithAWarningNamingThePath()
    {
        var file = TestNotes.Parse(WithTopics(1_030), "many.md");

        Assert.Equal(
            (true, 50, "topic-50", "many.md:4: 1030 topics: only the first 50 are kept (980 left out)", false),
            (file.IsNote, file.Note!.Topics.Count, file.Note.Topics[^1].Key, file.Warnings.Single().ToString(), file.Warnings[0].IsError));
    }

    [Fact]
    public void AHundredThousandTopicsAreReadInLinearTime()
    {
        var file = TestNotes.Parse(WithTopics(100_000), "huge.md");

        Assert.Equal((50, "huge.md:4: 100000 topics: only the first 50 are kept (99950 left out)"),
            (file.Note!.Topics.Count, file.Warnings.Single().ToString()));
    }

    [Fact]
    public void ANoteWithinTheCapHasNoWarning() =>
        Assert.Empty(TestNotes.Parse(WithTopics(50)).Warnings);
}
