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
    private long deadline;

    public RenderBudget(TimeSpan limit)
    {
        Limit = limit;
        var ticks = limit.TotalSeconds * Stopwatch.Frequency;
        deadline = ticks >= long.MaxValue / 2 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)ticks;
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
            deadline += (long)(spent.TotalSeconds * Stopwatch.Frequency);
    }

    /// <exception cref="NoteFormatException">The budget is spent.</exception>
    public void ThrowIfSpent()
    {
        if (Stopwatch.GetTimestamp() > deadline)
            throw Exceeded();
    }

    /// <summary>The problem a note over its budget is reported with (line 1: it is the body as a whole).</summary>
    public NoteFormatException Exceeded() =>
        new(1, $"too complex to render within {Limit.TotalSeconds:0.###} s");
}
