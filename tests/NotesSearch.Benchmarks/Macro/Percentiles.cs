namespace NotesSearch.Benchmarks.Macro;

/// <summary>Nearest-rank percentiles, the way report.py computes them.</summary>
public static class Percentiles
{
    /// <summary><paramref name="p"/>th percentile of ascending <paramref name="sorted"/>.</summary>
    public static double Of(IReadOnlyList<long> sorted, double p)
    {
        if (sorted.Count == 0)
            return double.NaN;
        var i = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(i, 0, sorted.Count - 1)];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
