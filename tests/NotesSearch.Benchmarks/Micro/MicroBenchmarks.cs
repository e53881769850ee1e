using BenchmarkDotNet.Running;

namespace NotesSearch.Benchmarks.Micro;

/// <summary>The BenchmarkDotNet entry: <c>micro --filter '*'</c> (any BenchmarkDotNet argument passes through).</summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        // In process: no generated project to build (the benchmarks run as built, wherever they are started from).
        if (!args.Any(a => a.Equals("--inProcess", StringComparison.OrdinalIgnoreCase)))
            args = [.. args, "--inProcess"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
