using System.Diagnostics;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The time one note may take to become text and HTML (Markdown parse, HTML render, sanitising), measured from
/// when it is created. Markdig and the HTML parser are synchronous and some inputs cost far more than their size
/// (<c>[](</c> repeated 40,000 times parses for 22 s, 10,000 nested <c>&lt;div&gt;</c> sanitise for seconds), and a
/// thread cannot be stopped from outside: so the work itself looks at the clock, often, and gives up with a
/// <see cref="NoteFormatException"/> once the budget is spent. Not thread-safe: one per note, on one thread.
/// </summary>
internal sealed class RenderBudget
{
    /// <summary>
    /// How long before the deadline <see cref="ThrowIfSpent"/> starts reading the precise clock, in milliseconds: far
    /// more than the coarse clock's step (1 to 16 ms: a timer tick), so the coarse clock can never hide a spent budget.
    /// </summary>
    private const long CoarseMarginMilliseconds = 100;

    /// <summary>The deadline on <see cref="Stopwatch.GetTimestamp"/>; <see cref="long.MaxValue"/> for no budget.</summary>
    private long deadline;

    /// <summary>
    /// When the precise clock starts being read, on <see cref="Environment.TickCount64"/>: the budget is looked at
    /// hundreds of times per note (at every Markdown construct), and the precise clock costs about 50 ns a read on a
    /// virtual machine, a fifth of the whole parse; the coarse one costs a tenth of that.
    /// </summary>
    private long coarseWatch;

    public RenderBudget(TimeSpan limit)
    {
        Limit = limit;
        var ticks = limit.TotalSeconds * Stopwatch.Frequency;
        if (ticks >= long.MaxValue / 2)
        {
            deadline = coarseWatch = long.MaxValue;
            return;
        }
        deadline = Stopwatch.GetTimestamp() + (long)ticks;
        coarseWatch = Environment.TickCount64 + (long)limit.TotalMilliseconds - CoarseMarginMilliseconds;
    }

    /// <summary>The whole budget.</summary>
    public TimeSpan Limit { get; }

    /// <summary>What is left of it (zero once spent).</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = deadline - Stopwatch.GetTimestamp();
            return left <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)left / Stopwatch.Frequency);
        }
    }

    /// <summary>A cancellation that fires when the budget is spent, for work that takes a token (the HTML parser).</summary>
    public CancellationTokenSource CancelWhenSpent()
    {
        var remaining = Remaining;
        // A timer's longest delay is about 49 days; a budget that long is no budget.
        return remaining < TimeSpan.FromDays(1) ? new CancellationTokenSource(remaining) : new CancellationTokenSource();
    }

    /// <summary>
    /// Gives back <paramref name="spent"/>: time this note's render spent on one-off work of the process, not on the
    /// note (loading a code grammar the first time it is met), so the first note of a kind is not failed for it.
    /// </summary>
    public void GiveBack(TimeSpan spent)
    {
        if (deadline != long.MaxValue && spent > TimeSpan.Zero)
        {
            deadline += (long)(spent.TotalSeconds * Stopwatch.Frequency);
            coarseWatch += (long)spent.TotalMilliseconds;
        }
    }

    /// <exception cref="NoteFormatException">The budget is spent.</exception>
    public void ThrowIfSpent()
    {
        // Far from the deadline (nearly always) the coarse clock says so, at a tenth of the precise clock's cost.
        if (Environment.TickCount64 >= coarseWatch && Stopwatch.GetTimestamp() > deadline)
            throw Exceeded();
    }

    /// <summary>The problem a note over its budget is reported with (line 1: it is the body as a whole).</summary>
    public NoteFormatException Exceeded() =>
        new(1, $"too complex to render within {Limit.TotalSeconds:0.###} s");
}
