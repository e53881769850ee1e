using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Missed;

/// <summary>
/// Records searches that found nothing without holding up the answer: <see cref="Record"/> only queues the query
/// (a bounded queue of <see cref="QueueCapacity"/>; past it a query is dropped and counted in <see cref="Dropped"/>),
/// and one background task writes the queue to the <see cref="MissedSearchStore"/> in batches. Thread-safe. Disposing
/// writes what is queued (waiting at most a few seconds) and stops.
/// </summary>
public sealed class MissedSearchRecorder : IDisposable
{
    /// <summary>Searches waiting to be written at most; more are dropped (a burst of misses is not worth slowing answers for).</summary>
    public const int QueueCapacity = 1024;

    /// <summary>Most searches written in one transaction.</summary>
    private const int BatchSize = 256;

    private readonly Channel<(string Query, DateTimeOffset At)> queue =
        Channel.CreateBounded<(string, DateTimeOffset)>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly MissedSearchStore store;
    private readonly TimeProvider time;
    private readonly Action<Exception>? onError;
    private readonly Task writer;
    private long dropped;

    /// <param name="store">Where the counts go.</param>
    /// <param name="time">The clock the first and last times are read from.</param>
    /// <param name="onError">Told of a batch that could not be written (it is lost; searching goes on).</param>
    public MissedSearchRecorder(MissedSearchStore store, TimeProvider? time = null, Action<Exception>? onError = null)
    {
        this.store = store;
        this.time = time ?? TimeProvider.System;
        this.onError = onError;
        writer = Task.Run(WriteAsync);
    }

    /// <summary>Searches dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>
    /// Whether an answer is a missed search worth counting: the reader's words, with no filter of their own chosen (a
    /// topic, section or dates picked in the page narrow what exists), found nothing even after typo correction and the
    /// any-word fallback. Date phrases written in the query count as words. A search sent while typing
    /// (<see cref="SearchRequest.PrefixLast"/>) is not one: its last word is half a word.
    /// </summary>
    public static bool IsMiss(SearchRequest request, SearchResults results) =>
        results.Total == 0 && request.HasWords && request.Relax && !request.PrefixLast &&
        request.Topics.Count == 0 && request.Sections.Count == 0 &&
        request.Year is null && request.Month is null && request.From is null && request.To is null;

    /// <summary>Queues <paramref name="query"/> as found-nothing now; false when it is blank or the queue is full (dropped).</summary>
    public bool Record(string query)
    {
        if (MissedSearchStore.Normalise(query) is not { } normalised)
            return false;
        if (queue.Writer.TryWrite((normalised, time.GetUtcNow())))
            return true;
        Interlocked.Increment(ref dropped);
        return false;
    }

    private async Task WriteAsync()
    {
        var batch = new List<(string, DateTimeOffset)>(BatchSize);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var item))
                batch.Add(item);
            try
            {
                store.Add(batch);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                onError?.Invoke(e);
            }
            batch.Clear();
        }
    }

    /// <summary>Writes what is queued (for at most 5 s) and stops the writer.</summary>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        writer.Wait(TimeSpan.FromSeconds(5));
    }
}
