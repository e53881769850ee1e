using System.Diagnostics;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Cli.Tests.Processes;

/// <summary>
/// One writer per index folder across processes (issue 16): the built <c>notes</c> command and the site run as real
/// processes, because an OS lock only shows what it is worth between processes.
/// </summary>
[Collection(nameof(RealProcesses))]
public sealed class WriterProcessTests : IDisposable
{
    private readonly TempNotes notes = new();

    [Fact]
    public async Task IndexAndIndexFullAgainstARunningSiteAreRefusedAndTouchNothing()
    {
        CopyRepositoryNotes();
        var port = RealProcess.FreePort();
        using var site = RealProcess.Site(notes.Content, notes.Index, port);
        await site.WaitUntilHealthyAsync(port);
        var before = Files(notes.Index);

        foreach (var args in new[] { new[] { "index" }, ["index", "--full"] })
        {
            using var cli = await RealProcess.RunCliAsync([.. args, "--content", notes.Content, "--index", notes.Index]);

            Assert.Equal(NotesCli.Failed, cli.ExitCode);
            Assert.Contains($"the site (pid {site.Id}", cli.Error);
            Assert.Contains("already indexes every edit", cli.Error);
            Assert.Contains("notes index --full", cli.Error);
            Assert.Equal(before, Files(notes.Index));
        }

        // The site is still the writer, and a reader may look beside it.
        notes.Write("2026-06-01-after-the-refusal.md", "---\ndate: 2026-06-01\n---\nquokkalantern\n");
        using var client = new HttpClient();
        var clock = Stopwatch.StartNew();
        string answer;
        do
        {
            await Task.Delay(100);
            answer = await client.GetStringAsync($"http://127.0.0.1:{port}/api/search?q=quokkalantern");
        }
        while (!answer.Contains("after-the-refusal") && clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Contains("after-the-refusal", answer);
        using var stats = await RealProcess.RunCliAsync("stats", "--index", notes.Index);
        Assert.Equal(NotesCli.Ok, stats.ExitCode);
        Assert.Matches(@"notes\s+33\b", stats.Output);
    }

    [Fact]
    public async Task TwoIndexRunsAtOnceLeaveOneWriterAndTheOtherSaysWhichOne()
    {
        GeneratedNotes.Write(notes.Content, 3000, "firstrun");
        // A run on a fast machine may end before the second process has started: such a round proves nothing and
        // is tried again (a full rebuild each time, so that every round does the same work).
        for (var round = 1; ; round++)
        {
            using var first = RealProcess.Cli("index", "--full", "--content", notes.Content, "--index", notes.Index);
            var owner = await OwnerAsync(first);

            using var second = await RealProcess.RunCliAsync("index", "--content", notes.Content, "--index", notes.Index);
            var overlapped = !first.HasExited;

            Assert.Equal(NotesCli.Ok, await first.WaitForExitAsync());
            if (!overlapped && round < 3)
                continue;
            Assert.True(overlapped, "the first run always ended before the second tried: the test proves nothing");
            Assert.Equal(first.Id, owner.ProcessId);
            Assert.Equal(NotesCli.Failed, second.ExitCode);
            Assert.Contains($"`notes index` (pid {first.Id}", second.Error);
            break;
        }
        using var searcher = NoteSearcher.Open(notes.Index);
        Assert.Equal(3000, searcher.Statistics().Notes);
    }

    [Fact]
    public async Task TheWriterLockExcludesAnotherProcessUntilReleased()
    {
        CopyRepositoryNotes();
        using (var held = IndexWriterLock.Acquire(notes.Index, IndexWriterOwner.IndexCommandRole))
        {
            var before = Files(notes.Index);
            using var cli = await RealProcess.RunCliAsync("index", "--content", notes.Content, "--index", notes.Index);

            Assert.Equal(NotesCli.Failed, cli.ExitCode);
            Assert.Contains($"(pid {Environment.ProcessId}", cli.Error);
            Assert.Equal(before, Files(notes.Index));
        }

        using var after = await RealProcess.RunCliAsync("index", "--content", notes.Content, "--index", notes.Index);
        Assert.Equal(NotesCli.Ok, after.ExitCode);
    }

    [Fact]
    public async Task ASiteThatStartsSecondSaysWhoWritesAndExits1()
    {
        CopyRepositoryNotes();
        using var held = IndexWriterLock.Acquire(notes.Index, IndexWriterOwner.IndexCommandRole);

        using var site = RealProcess.Site(notes.Content, notes.Index, RealProcess.FreePort());

        Assert.Equal(1, await site.WaitForExitAsync());
        Assert.Contains($"`notes index` (pid {Environment.ProcessId}", site.Output + site.Error);
        Assert.False(File.Exists(Path.Combine(notes.Index, "write.lock")), "the site touched the index");
    }

    [Fact]
    public async Task KillNineDuringIndexingLeavesThePreviousOrTheNewCommitWhole()
    {
        const int count = 3000;
        GeneratedNotes.Write(notes.Content, count, "firstrun");
        using (var build = await RealProcess.RunCliAsync("index", "--content", notes.Content, "--index", notes.Index))
            Assert.Equal(NotesCli.Ok, build.ExitCode);

        // Every note changes, then each run is killed at another moment of its work (incremental and full).
        GeneratedNotes.Write(notes.Content, count, "secondrun");
        var delays = new[] { 0, 400, 1200 };
        var killedRunning = 0;
        foreach (var (delay, full) in delays.Select((d, i) => (d, i % 2 == 1)))
        {
            using var run = RealProcess.Cli(full ? ["index", "--full", "--content", notes.Content, "--index", notes.Index]
                                                 : ["index", "--content", notes.Content, "--index", notes.Index]);
            await OwnerAsync(run);
            await Task.Delay(delay);
            if (!run.HasExited)
                killedRunning++;
            run.KillHard();

            using var searcher = NoteSearcher.Open(notes.Index);
            Assert.Equal(count, searcher.Statistics().Notes);
            var renewed = searcher.Search(new SearchRequest { Query = "secondrun" }).Total;
            Assert.True(renewed is 0 or count, $"killed after {delay} ms: {renewed} of {count} notes are of the new commit");
        }

        Assert.True(killedRunning > 0, "every run had ended before its kill: the test proves nothing");

        using var last = await RealProcess.RunCliAsync("index", "--content", notes.Content, "--index", notes.Index);
        Assert.Equal(NotesCli.Ok, last.ExitCode);
        using var after = NoteSearcher.Open(notes.Index);
        Assert.Equal(count, after.Search(new SearchRequest { Query = "secondrun" }).Total);
    }

    /// <summary>Waits until <paramref name="writer"/> has taken the lock and recorded itself.</summary>
    private async Task<IndexWriterOwner> OwnerAsync(RealProcess writer)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (IndexWriterOwner.Read(notes.Index) is { } owner && owner.ProcessId == writer.Id)
                return owner;
            Assert.False(writer.HasExited, $"the writer ended before it was seen holding the lock: {writer.Output}{writer.Error}");
            await Task.Delay(20);
        }
        throw new TimeoutException("the writer never took the lock");
    }

    private void CopyRepositoryNotes()
    {
        var from = Path.Combine(TempNotes.RepositoryRoot(), "content");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(notes.Content, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    /// <summary>Every file of the folder with its size and write time: what "touching nothing" means.</summary>
    private static string[] Files(string folder) => Directory.Exists(folder)
        ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => new FileInfo(file))
            .Select(info => $"{info.FullName} {info.Length} {info.LastWriteTimeUtc:o}")
            .Order(StringComparer.Ordinal)]
        : [];

    public void Dispose() => notes.Dispose();
}

/// <summary>The process tests run one at a time: they time real work on a machine with two cores.</summary>
[CollectionDefinition(nameof(RealProcesses), DisableParallelization = true)]
public sealed class RealProcesses;
