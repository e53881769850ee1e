using System.Text.Json;

namespace NotesSearch.Cli.Tests;

public sealed class TimeCommandTests : IDisposable
{
    private readonly TempNotes notes = new TempNotes()
        .Write("a.md", "---\ntitle: First cache note\ndate: 2025-04-28\ntopics: [KV cache, Networking]\n---\nbody\n")
        .Write("b.md", "---\ntitle: Second cache note\ndate: 2026-04-02\ntopics: [KV cache]\n---\nbody\n")
        .Write("c.md", "---\ntitle: Third cache note\ndate: 2026-04-20\ntopics: [KV cache, Networking]\n---\nbody\n")
        .Write("d.md", "---\ntitle: A network note\ndate: 2024-04-30\ntopics: [Networking]\n---\nbody\n");

    [Fact]
    public void TopicPrintsItsMonthsCoTopicsAndNotes()
    {
        Run("index");

        var topic = Run("topic", "KV cache");

        Assert.Equal(0, topic.ExitCode);
        Assert.Contains("KV cache (kv-cache): 3 notes, 2025-04-28 to 2026-04-20", topic.Output);
        Assert.Contains("  2026-04     2  ########################################", topic.Output);
        Assert.Contains("     2  Networking (networking)", topic.Output);
        Assert.True(topic.Output.IndexOf("Third cache note", StringComparison.Ordinal) < topic.Output.IndexOf("Second cache note", StringComparison.Ordinal));
    }

    [Fact]
    public void TopicJsonIsTheApisTimeline()
    {
        Run("index");

        var json = JsonDocument.Parse(Run("topic", "kv-cache", "--json").Output).RootElement;

        Assert.Equal(3, json.GetProperty("count").GetInt32());
        Assert.Equal(2, json.GetProperty("months").GetArrayLength());
        Assert.Equal("networking", json.GetProperty("coTopics")[0].GetProperty("key").GetString());
    }

    [Fact]
    public void AnUnknownTopicFailsWithAMessage()
    {
        Run("index");

        var topic = Run("topic", "no-such-topic");

        Assert.Equal(1, topic.ExitCode);
        Assert.Contains("no note is filed under 'no-such-topic'", topic.Error);
    }

    [Fact]
    public void OnThisDayListsEarlierYearsNearestFirst()
    {
        Run("index");

        var found = Run("on-this-day", "--date", "2026-04-28");

        Assert.Equal(0, found.ExitCode);
        Assert.Contains("On 28 April (±3 days) in earlier years:", found.Output);
        Assert.Contains("2025-04-28  1 year ago", found.Output);
        Assert.Contains("2024-04-30  2 years ago", found.Output);
        Assert.DoesNotContain("2026-04-", found.Output);
    }

    [Fact]
    public void OnThisDayJsonIsTheApisAnswer()
    {
        Run("index");

        var json = JsonDocument.Parse(Run("on-this-day", "--date", "2026-04-28", "--json").Output).RootElement;

        Assert.Equal(["a", "d"], json.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("tomorrow")]
    public void OnThisDayWithABadDateIsAUsageError(string date)
    {
        Run("index");

        var found = Run("on-this-day", "--date", date);

        Assert.Equal(2, found.ExitCode);
        Assert.Contains($"--date '{date}' is not a day that exists", found.Error);
    }

    private CliRun Run(params string[] args)
    {
        var withFolders = args[0] == "index" ? [.. args, "--content", notes.Content] : args;
        return CliRun.Of([.. withFolders, "--index", notes.Index]);
    }

    public void Dispose() => notes.Dispose();
}
