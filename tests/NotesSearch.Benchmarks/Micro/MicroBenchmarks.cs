using BenchmarkDotNet.Running;

namespace NotesSearch.Benchmarks.Micro;

/// <summary>The BenchmarkDotNet entry: <c>micro --filter '*'</c> (any BenchmarkDotNet argument passes through).</summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
