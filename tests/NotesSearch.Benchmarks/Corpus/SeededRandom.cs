namespace NotesSearch.Benchmarks.Corpus;

/// <summary>
/// xoshiro256** seeded through SplitMix64: the same seed gives the same numbers on every runtime and OS
/// (System.Random's seeded sequence is an implementation detail, so the corpus does not rely on it).
/// Not thread-safe; make one per note.
/// </summary>
public sealed class SeededRandom
{
    private ulong s0, s1, s2, s3;

    public SeededRandom(ulong seed)
    {
        s0 = SplitMix(ref seed);
        s1 = SplitMix(ref seed);
        s2 = SplitMix(ref seed);
        s3 = SplitMix(ref seed);
    }

    /// <summary>A generator for stream <paramref name="stream"/> of <paramref name="seed"/> (one per note, per topic …).</summary>
    public static SeededRandom For(long seed, string purpose, long stream)
    {
        var mixed = (ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL;
        foreach (var c in purpose)
            mixed = (mixed ^ c) * 0x100000001B3UL;
        return new SeededRandom(mixed);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => (int)(NextDouble() * bound);

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>] inclusive.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A normal deviate (Box–Muller).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Index into a table of cumulative weights, drawn in proportion to the weights.</summary>
    public int Weighted(double[] cumulative)
    {
        var x = NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, cumulative.Length - 1);
    }

    /// <summary><paramref name="k"/> distinct indexes below <paramref name="n"/> (partial Fisher–Yates over a scratch array).</summary>
    public int[] Sample(int n, int k)
    {
        k = Math.Min(k, n);
        var pool = new int[n];
        for (var i = 0; i < n; i++)
            pool[i] = i;
        for (var i = 0; i < k; i++)
        {
            var j = i + Next(n - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..k];
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
