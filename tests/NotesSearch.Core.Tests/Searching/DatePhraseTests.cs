using System.Globalization;
using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// Issue 14 §1: dates as people say them. Each documented phrase becomes the days it means and leaves the words;
/// words that only look like dates (<c>may</c> in "the model may fail", <c>MI 2025</c>) stay words.
/// Today is Wednesday 2026-05-20 throughout, unless a test says otherwise.
/// </summary>
public class DatePhraseTests
{
    private static readonly DateOnly Today = new(2026, 5, 20);

    public static TheoryData<string, string, string?, string?> Phrases() => new()
    {
        // query, words left, first day, last day
        { "kv cache in april 2026", "kv cache", "2026-04-01", "2026-04-30" },
        { "since march", "", "2026-03-01", null },
        { "last spring", "", "2025-03-01", "2025-05-31" },
        { "q2 2025", "", "2025-04-01", "2025-06-30" },
        { "2025", "", "2025-01-01", "2025-12-31" },
        { "last month", "", "2026-04-01", "2026-04-30" },
        { "this year", "", "2026-01-01", "2026-12-31" },
        { "before may", "", null, "2026-04-30" },
        { "between march and may 2026", "", "2026-03-01", "2026-05-31" },
        { "between november and february 2026", "", "2025-11-01", "2026-02-28" },
        { "yesterday", "", "2026-05-19", "2026-05-19" },
        { "yesterday's notes", "", "2026-05-19", "2026-05-19" },
        { "today", "", "2026-05-20", "2026-05-20" },
        { "rdma this week", "rdma", "2026-05-18", "2026-05-24" },
        { "last week's notes", "", "2026-05-11", "2026-05-17" },
        { "the past week", "", "2026-05-14", "2026-05-20" },
        { "past 30 days", "", "2026-04-21", "2026-05-20" },
        { "moe in the last 3 months", "moe", "2026-02-21", "2026-05-20" },
        { "this quarter", "", "2026-04-01", "2026-06-30" },
        { "last quarter", "", "2026-01-01", "2026-03-31" },
        { "in q1", "", "2026-01-01", "2026-03-31" },
        { "2025 q4", "", "2025-10-01", "2025-12-31" },
        { "from march to april 2025", "", "2025-03-01", "2025-04-30" },
        { "from 2024", "", "2024-01-01", "2024-12-31" },
        { "after 2025", "", "2026-01-01", null },
        { "until june 2025", "", null, "2025-06-30" },
        { "in june", "", "2025-06-01", "2025-06-30" },
        { "last march", "", "2026-03-01", "2026-03-31" },
        { "this june", "", "2026-06-01", "2026-06-30" },
        { "apr 2026", "", "2026-04-01", "2026-04-30" },
        { "April 10, 2026 nic", "nic", "2026-04-10", "2026-04-10" },
        { "10 april 2026", "", "2026-04-10", "2026-04-10" },
        { "2026-04-10", "", "2026-04-10", "2026-04-10" },
        { "on 2026-04", "", "2026-04-01", "2026-04-30" },
        { "summer of 2025", "", "2025-06-01", "2025-08-31" },
        { "winter 2025", "", "2025-12-01", "2026-02-28" },
        { "in spring", "", "2026-03-01", "2026-05-31" },
        { "this winter", "", "2026-12-01", "2027-02-28" },
        { "written in 2025 about cxl", "about cxl", "2025-01-01", "2025-12-31" },
        { "published 2025 cxl", "cxl", "2025-01-01", "2025-12-31" },
        { "kv written april 2026", "kv", "2026-04-01", "2026-04-30" },
        { "kubernetes 2025", "kubernetes", "2025-01-01", "2025-12-31" },
        { "\"kv cache\" since march title:cxl", "\"kv cache\" title:cxl", "2026-03-01", null },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void EachDocumentedPhraseBecomesItsDaysAndLeavesTheWords(string query, string words, string? first, string? last)
    {
        var dates = DatePhrases.Find(query, Today);

        Assert.NotNull(dates);
        Assert.Equal(words, dates.QueryWithout);
        Assert.Equal(first, Text(dates.From));
        Assert.Equal(last, Text(dates.To));
    }

    public static TheoryData<string> Words() =>
    [
        "the model may fail",
        "march",
        "march madness",
        "topic:march",
        "\"march 2026\"",
        "MI 2025",
        "NeurIPS 2025 papers",
        "RTX 2080",
        "H100 2025",
        "2025 2026",
        "spring boot",
        "fall back",
        "jan",
        "q2",
        "last layer",
        "since transformers",
        "between march and",
        "in 3090",
        "april 31 2026",
        "last 99999 days",
        "kv OR 2025",
        "NOT april 2026",
        "-2025",
        "(april 2026)",
        "",
        "   ",
    ];

    [Theory]
    [MemberData(nameof(Words))]
    public void WordsThatOnlyLookLikeDatesStayWords(string query)
    {
        Assert.Null(DatePhrases.Find(query, Today));
    }

    [Fact]
    public void APhraseIsReadOnlyWithinTheWordLimit()
    {
        var query = string.Join(' ', Enumerable.Repeat("word", 64)) + " in april 2026";

        Assert.Null(DatePhrases.Find(query, Today, maxWords: 64));
        Assert.NotNull(DatePhrases.Find(query, Today, maxWords: 70));
    }

    [Fact]
    public void SeveralPhrasesAreIntersectedAndContradictoryOnesAreEmpty()
    {
        var both = DatePhrases.Find("2026 since march", Today)!;
        var none = DatePhrases.Find("2025 last month", Today)!;

        Assert.Equal(["2026", "since march"], both.Phrases);
        Assert.Equal(("2026-03-01", "2026-12-31"), (Text(both.From), Text(both.To)));
        Assert.True(none.Empty);
    }

    [Fact]
    public void TodayIsTheDayInTheConfiguredTimeZone()
    {
        // 23:30 UTC on the 20th is already the 21st in Auckland (UTC+12).
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 20, 23, 30, 0, TimeSpan.Zero));
        var utc = Unhurried with { Time = clock };
        var auckland = utc with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland") };

        Assert.Equal(new DateOnly(2026, 5, 19), DatePhrases.Find("yesterday", DatePhrases.Today(utc))!.From);
        Assert.Equal(new DateOnly(2026, 5, 20), DatePhrases.Find("yesterday", DatePhrases.Today(auckland))!.From);
    }

    [Fact]
    public void ASearchWithAPhraseFindsOnlyNotesOfThoseDaysAndSaysSo()
    {
        using var searcher = Build(Notes());

        var results = searcher.Search("kv cache in april 2026");

        Assert.Equal(["april"], results.Slugs());
        Assert.EndsWith(", dated 2026-04-01 to 2026-04-30", results.Interpreted);
        Assert.DoesNotContain("april", results.Interpreted.Split(',')[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("kv cache", results.Dates!.QueryWithout);
        Assert.Equal(["in april 2026"], results.Dates.Phrases);
    }

    [Fact]
    public void RelativePhrasesCountFromTheInjectedClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 3, 12, 0, 0, TimeSpan.Zero));
        using var searcher = Build(Unhurried with { Time = clock }, Notes());

        Assert.Equal(["april"], searcher.Search("kv cache last month").Slugs());
        clock.Now = new DateTimeOffset(2026, 4, 3, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(["march"], searcher.Search("kv cache last month").Slugs());
    }

    [Fact]
    public void FromAndToIntersectWithThePhrase()
    {
        using var searcher = Build(Notes());

        var narrowed = searcher.Search(new SearchRequest { Query = "kv cache 2026", From = new DateOnly(2026, 4, 1) });
        var disjoint = searcher.Search(new SearchRequest { Query = "kv cache in march 2026", From = new DateOnly(2026, 4, 1) });

        Assert.Equal(["april"], narrowed.Slugs());
        Assert.Equal(0, disjoint.Total);
        Assert.Contains(disjoint.Warnings, w => w.Contains("no day in common", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordThatOnlyLooksLikeADateIsSearchedAsAWord()
    {
        using var searcher = Build(Notes());

        var results = searcher.Search("model may fail");

        Assert.Equal(["may-fail"], results.Slugs());
        Assert.Null(results.Dates);
    }

    [Fact]
    public void ThePhraseAloneListsTheNotesOfThoseDays()
    {
        using var searcher = Build(Notes());

        var results = searcher.Search("march 2026");

        Assert.Equal(["march"], results.Slugs());
        Assert.Equal("all notes, dated 2026-03-01 to 2026-03-31", results.Interpreted);
        Assert.Empty(results.Warnings);
    }

    [Fact]
    public void TheLiteralReadingKeepsDateWordsAsWords()
    {
        using var searcher = Build(Notes());

        var results = searcher.Search(new SearchRequest { Query = "kv cache in april 2026", Relax = false });

        Assert.Null(results.Dates);
        Assert.Equal(0, results.Total);
    }

    private static NotesSearch.Core.Notes.Note[] Notes() =>
    [
        Note("march", "KV cache in HBM", "kv cache offload", "2026-03-10"),
        Note("april", "KV cache over CXL", "kv cache transfer", "2026-04-10"),
        Note("may-fail", "Why the model may fail", "a model may fail at long context", "2025-06-01"),
    ];

    private static string? Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A clock that says what the test tells it to.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
