using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class OnThisDayTests
{
    [Fact]
    public void NotesWithinThreeDaysOfTheDayInEarlierYearsAreFoundNearestFirst()
    {
        using var searcher = Build(
            Note("on-the-day", "On the day", date: "2025-04-28"),
            Note("two-after", "Two days after", date: "2025-04-30"),
            Note("three-before", "Three days before", date: "2024-04-25"),
            Note("four-after", "Four days after", date: "2025-05-02"),
            Note("this-year", "This year, same day", date: "2026-04-28"),
            Note("this-week", "This year, a day before", date: "2026-04-27"),
            Note("later-year", "A later year", date: "2027-04-28"));

        var found = searcher.OnThisDay(new DateOnly(2026, 4, 28));

        Assert.Equal(
            [("on-the-day", 1, 0), ("two-after", 1, 2), ("three-before", 2, -3)],
            found.Notes.Select(n => (n.Slug, n.YearsAgo, n.DaysOff)));
        Assert.Equal(3, found.Total);
    }

    [Fact]
    public void TheWeekAroundNewYearReachesIntoTheNextYear()
    {
        using var searcher = Build(
            Note("new-year", "New year", date: "2026-01-01"),
            Note("old-new-year", "An older new year", date: "2024-12-31"));

        var found = searcher.OnThisDay(new DateOnly(2026, 12, 30));

        Assert.Equal([("new-year", 1, 2), ("old-new-year", 2, 1)], found.Notes.Select(n => (n.Slug, n.YearsAgo, n.DaysOff)));
    }

    [Fact]
    public void TheTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears()
    {
        using var searcher = Build(Note("feb", "February", date: "2027-02-28"));

        var found = searcher.OnThisDay(new DateOnly(2028, 2, 29));

        Assert.Equal([("feb", 1, 0)], found.Notes.Select(n => (n.Slug, n.YearsAgo, n.DaysOff)));
    }

    [Fact]
    public void NothingInEarlierYearsIsAnEmptyAnswerEvenAtTheStartOfTheCalendar()
    {
        using var searcher = Build(Note("first", "The very first", date: "0001-01-02"), Note("today", "Today", date: "0002-01-01"));

        Assert.Empty(searcher.OnThisDay(new DateOnly(1, 1, 1)).Notes);
        Assert.Equal(["first"], searcher.OnThisDay(new DateOnly(2, 1, 1)).Notes.Select(n => n.Slug));
    }

    [Fact]
    public void TheListIsBoundedAndTheTotalSaysHowManyThereWere()
    {
        var notes = Enumerable.Range(0, OnThisDayFinder.MaxNotes + 3).Select(i => Note($"n{i}", $"Note {i}", date: "2025-04-28")).ToArray();
        using var searcher = Build(notes);

        var found = searcher.OnThisDay(new DateOnly(2026, 4, 28));

        Assert.Equal(OnThisDayFinder.MaxNotes, found.Notes.Count);
        Assert.Equal(OnThisDayFinder.MaxNotes + 3, found.Total);
    }
}
