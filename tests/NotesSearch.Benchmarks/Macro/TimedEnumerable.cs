using System.Diagnostics;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>
/// Wraps a lazy sequence and adds up the time its consumer spent waiting in <c>MoveNext</c>: for the indexer
/// reading a <c>ContentScanner</c>, the time indexing stood still waiting for parsing. Not thread-safe.
/// </summary>
public sealed class TimedEnumerable<T>(IEnumerable<T> source) : IEnumerable<T>
{
    private readonly Stopwatch waiting = new();

    public TimeSpan Waiting => waiting.Elapsed;

    public long Count { get; private set; }

    public IEnumerator<T> GetEnumerator()
    {
        using var inner = source.GetEnumerator();
        while (true)
        {
            waiting.Start();
            var more = inner.MoveNext();
            waiting.Stop();
            if (!more)
                yield break;
            Count++;
            yield return inner.Current;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
