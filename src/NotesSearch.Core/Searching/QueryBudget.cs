using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NotesSearch.Core.Searching;

/// <summary>
/// The time one search may take (<see cref="SearchOptions.TimeBudget"/>), shared by every step of it: expanding
/// prefix, wildcard and fuzzy words, collecting hits, correcting typos, the relaxed second pass, highlighting. Each
/// step asks <see cref="Expired"/> before it starts (and long loops ask as they go), so a search that runs out
/// answers with what it has. Reads the same millisecond clock as Lucene's time-limited collector (a counter a
/// background thread advances every ~20 ms; reading it is a memory read). One per search; not thread-safe to start,
/// safe to read from the threads of one search.
/// </summary>
internal sealed class QueryBudget
{
    private readonly Counter clock;
    private readonly long start;
    private readonly long allowed;

    /// <summary>Starts a budget of <paramref name="budget"/> (zero or less: none) now, on <paramref name="clock"/> (null: Lucene's global counter).</summary>
    public QueryBudget(TimeSpan budget, Counter? clock = null)
    {
        this.clock = clock ?? TimeLimitingCollector.GlobalCounter;
        allowed = budget > TimeSpan.Zero ? (long)Math.Ceiling(budget.TotalMilliseconds) : long.MaxValue;
        start = IsLimited ? this.clock.Value : 0;
    }

    /// <summary>Starts the budget of one search with <paramref name="options"/>.</summary>
    public QueryBudget(SearchOptions options)
        : this(options.TimeBudget, options.Clock)
    {
    }

    /// <summary>No limit (for callers outside a search, such as a lone spelling correction).</summary>
    public static QueryBudget Unlimited { get; } = new(TimeSpan.Zero);

    /// <summary>True when a budget was set (a positive <see cref="SearchOptions.TimeBudget"/>).</summary>
    public bool IsLimited => allowed != long.MaxValue;

    /// <summary>The clock the budget reads, for a time-limited collector to read the same one.</summary>
    public Counter Clock => clock;

    /// <summary>Milliseconds left, at least 1 while not expired; 0 once expired; <see cref="long.MaxValue"/> without a budget.</summary>
    public long RemainingMilliseconds
    {
        get
        {
            if (!IsLimited)
                return long.MaxValue;
            var left = allowed - (clock.Value - start);
            return Math.Max(0, left);
        }
    }

    /// <summary>True once the budget is spent.</summary>
    public bool Expired => IsLimited && RemainingMilliseconds == 0;

    /// <summary>Throws <see cref="QueryBudgetExceededException"/> once the budget is spent: for work deep inside Lucene (term enumeration).</summary>
    public void ThrowIfExpired()
    {
        if (Expired)
            throw new QueryBudgetExceededException();
    }
}

/// <summary>Thrown from inside a search step when its <see cref="QueryBudget"/> ran out; the search catches it and answers with what it has.</summary>
internal sealed class QueryBudgetExceededException() : Exception("The search's time budget ran out.");
