using NotesSearch.Core.Missed;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Missed;

/// <summary>Issue 14 §4: searches that found nothing are counted (never who asked), bounded, off the request path.</summary>
public sealed class MissedSearchStoreTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 5, 18, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "missed-" + Guid.NewGuid().ToString("n"));

    private string File => Path.Combine(folder, MissedSearchStore.FileName);

    [Fact]
    public void EachQueryIsCountedOnceWithItsFirstAndLastTime()
    {
        var store = new MissedSearchStore(File);

        store.Add([("Kubernetes  Operators", Monday), ("kubernetes operators", Monday.AddDays(2)), ("webgpu", Monday.AddDays(1))]);
        store.Add([("  KUBERNETES\toperators ", Monday.AddDays(1))]);

        var rows = store.List(since: null, top: 10);
        Assert.Equal(["kubernetes operators", "webgpu"], rows.Select(r => r.Query));
        Assert.Equal(3, rows[0].Count);
        Assert.Equal(Monday, rows[0].First);
        Assert.Equal(Monday.AddDays(2), rows[0].Last);
    }

    [Fact]
    public void ListingKeepsTheMostOftenMissedAndOnlyThoseMissedSince()
    {
        var store = new MissedSearchStore(File);
        store.Add([("old", Monday.AddDays(-30)), ("old", Monday.AddDays(-29)), ("old", Monday.AddDays(-28)), ("new", Monday), ("newer", Monday.AddDays(1)), ("newer", Monday.AddDays(2))]);

        Assert.Equal(["old", "newer"], store.List(null, top: 2).Select(r => r.Query));
        Assert.Equal(["newer", "new"], store.List(Monday, top: 10).Select(r => r.Query));
    }

    [Fact]
    public void TheFileKeepsAtMostItsCapOfQueriesDroppingTheLeastRecent()
    {
        var store = new MissedSearchStore(File, maxQueries: 3);

        store.Add(Enumerable.Range(0, 5).Select(i => ($"query {i}", Monday.AddMinutes(i))).ToArray());
        store.Add([("query 0", Monday.AddHours(1))]);

        Assert.Equal(3, store.Count());
        Assert.Equal(["query 0", "query 3", "query 4"], store.List(null, 10).Select(r => r.Query).Order());
    }

    [Fact]
    public void ALongQueryIsCutAndABlankOneIsNotCounted()
    {
        var store = new MissedSearchStore(File);

        store.Add([(new string('x', 5000), Monday), ("   ", Monday), ("\u0001\u0002", Monday)]);

        var row = Assert.Single(store.List(null, 10));
        Assert.Equal(MissedSearchStore.MaxQueryLength, row.Query.Length);
        Assert.Null(MissedSearchStore.Normalise("\t \n"));
        Assert.Equal("a b", MissedSearchStore.Normalise(" A\r\n B "));
    }

    [Fact]
    public void NoFileListsNothingAndCreatesNothing()
    {
        var store = new MissedSearchStore(File);

        Assert.Empty(store.List(null, 10));
        Assert.False(System.IO.File.Exists(File));
    }

    [Fact]
    public void TwoWritersAtOnceLoseNoCount()
    {
        // Two stores on one file stand for two processes (a site and a replica): WAL and the busy timeout serialise them.
        var a = new MissedSearchStore(File);
        var b = new MissedSearchStore(File);
        a.Add([("warm", Monday)]);

        Parallel.For(0, 40, i => (i % 2 == 0 ? a : b).Add([("shared", Monday.AddSeconds(i))]));

        Assert.Equal(40, a.List(null, 10).Single(r => r.Query == "shared").Count);
    }

    [Fact]
    public void TheRecorderWritesInTheBackgroundAndDropsPastItsQueue()
    {
        var store = new MissedSearchStore(File);
        var clock = new FixedClock(Monday);
        using (var recorder = new MissedSearchRecorder(store, clock))
        {
            Assert.True(recorder.Record("Kv Cache Eviction"));
            Assert.False(recorder.Record("   "));
        }

        var row = Assert.Single(store.List(null, 10));
        Assert.Equal(("kv cache eviction", 1, Monday), (row.Query, row.Count, row.Last));
    }

    [Fact]
    public async Task AFullQueueDropsAndCountsTheDroppedInsteadOfWaiting()
    {
        // A file the writer cannot create (its folder is a file) keeps the queue from draining quickly enough to matter:
        // what is asserted is that Record never blocks and every search is either queued or counted as dropped.
        var reported = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        System.IO.File.WriteAllText(folder + ".blocker", "");
        var store = new MissedSearchStore(Path.Combine(folder + ".blocker", "missed.db"));
        try
        {
            using var recorder = new MissedSearchRecorder(store, onError: e => reported.TrySetResult(e));
            var queued = Enumerable.Range(0, MissedSearchRecorder.QueueCapacity * 4).Count(i => recorder.Record($"q{i}"));

            Assert.Equal(MissedSearchRecorder.QueueCapacity * 4, queued + recorder.Dropped);
            // The writer runs on the thread pool, which a loaded test run can keep busy past Dispose's 5 s: wait for it here.
            await Task.WhenAny(reported.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(reported.Task.IsCompleted, "a batch that cannot be written is reported, not thrown");
        }
        finally
        {
            System.IO.File.Delete(folder + ".blocker");
        }
    }

    [Theory]
    [InlineData("zzz", 0, true)]
    [InlineData("zzz", 1, false)]
    [InlineData("", 0, false)]
    public void OnlyWordsThatFoundNothingCount(string query, int total, bool miss)
    {
        var results = new SearchResults(query, total, 1, 10, 1, [], SearchFacets.Empty, null, false, "", []);

        Assert.Equal(miss, MissedSearchRecorder.IsMiss(new SearchRequest { Query = query }, results));
    }

    [Fact]
    public void ASearchNarrowedByAChosenFilterIsNotAMiss()
    {
        var results = new SearchResults("kv", 0, 1, 10, 1, [], SearchFacets.Empty, null, false, "", []);

        Assert.False(MissedSearchRecorder.IsMiss(new SearchRequest { Query = "kv", Topics = ["cooking"] }, results));
        Assert.False(MissedSearchRecorder.IsMiss(new SearchRequest { Query = "kv", From = new DateOnly(2030, 1, 1) }, results));
    }

    [Fact]
    public void ASearchSentWhileTypingIsNotAMiss()
    {
        var results = new SearchResults("disaggreg", 0, 1, 10, 1, [], SearchFacets.Empty, null, false, "", []);

        Assert.False(MissedSearchRecorder.IsMiss(new SearchRequest { Query = "disaggreg", PrefixLast = true }, results));
        Assert.True(MissedSearchRecorder.IsMiss(new SearchRequest { Query = "disaggreg" }, results));
    }

    [Fact]
    public void TheDefaultFileIsBesideTheIndexFolderNotInIt()
    {
        var index = Path.Combine(folder, "index");

        Assert.Equal(Path.Combine(folder, MissedSearchStore.FileName), MissedSearchStore.PathBeside(index));
        Assert.Equal(Path.Combine(folder, MissedSearchStore.FileName), MissedSearchStore.PathBeside(index + Path.DirectorySeparatorChar));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
