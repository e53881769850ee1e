using System.Diagnostics;
using System.Net;
using NotesSearch.Benchmarks.Corpus;
using NotesSearch.Benchmarks.Macro;

namespace NotesSearch.Benchmarks.Http;

/// <summary>
/// <c>http --url http://127.0.0.1:PORT --queries FILE [--connections 16] [--seconds 30] [--warmup-seconds 3] [--zipf]</c>:
/// a bounded closed-loop load on <c>/api/search</c>: <c>connections</c> clients each send the next query of the mix as soon
/// as the previous answer arrives, for <c>seconds</c>, then stop. <c>--zipf</c> draws queries by popularity (a few queries
/// asked over and over, like real traffic) instead of in turn. Only loopback addresses are accepted: this is a
/// benchmark of our own server on this machine, never a load on anyone else's.
/// <c>http --queries FILE --print-paths</c> prints the mix's request paths, one a line, for Debian's <c>wrk</c>
/// (<c>wrk -s Http/paths.lua URL -- paths.txt</c>), a load generator in C that takes less of the machine's CPU.
/// </summary>
public static class HttpLoad
{
    public static int Run(Options options)
    {
        if (options.Flag("print-paths"))
        {
            foreach (var query in BenchmarkQuery.Read(options.Required("queries")))
                Console.WriteLine(PathOf(options.Get("path") ?? "/api/search", query));
            return 0;
        }
        var baseUri = new Uri(options.Required("url"));
        if (!IPAddress.TryParse(baseUri.Host, out var address) ? baseUri.Host != "localhost" : !IPAddress.IsLoopback(address))
            throw new UsageException($"--url must be a loopback address (127.0.0.1, [::1], localhost), not {baseUri.Host}");
        var queries = BenchmarkQuery.Read(options.Required("queries"));
        var connections = options.GetInt("connections", 16);
        var seconds = Math.Clamp(options.GetInt("seconds", 30), 1, 600);
        var warmupSeconds = Math.Clamp(options.GetInt("warmup-seconds", 3), 0, 60);
        var zipf = options.Flag("zipf");
        var paths = queries.Select(q => PathOf(options.Get("path") ?? "/api/search", q)).ToArray();
        var popularity = Cumulative(paths.Length);

        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        })
        { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };

        if (warmupSeconds > 0)
            Load(client, paths, popularity, connections, TimeSpan.FromSeconds(warmupSeconds), zipf, seed: 1);
        var result = Load(client, paths, popularity, connections, TimeSpan.FromSeconds(seconds), zipf, seed: 2);

        var sorted = result.Latencies.Order().ToArray();
        var rps = sorted.Length / result.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"{connections} connections, {result.Elapsed.TotalSeconds:0.0}s{(zipf ? ", Zipf-popular queries" : "")}: {sorted.Length} requests, " +
            $"{rps:0} requests/s, p50 {Percentiles.Of(sorted, 50) / 1e6:0.00} ms, p99 {Percentiles.Of(sorted, 99) / 1e6:0.00} ms, {result.Errors} errors");
        foreach (var (what, count) in result.ErrorKinds.OrderByDescending(e => e.Value).Take(5))
            Console.Error.WriteLine($"  {count} x {what}");
        Metrics.Print(new Dictionary<string, object?>
        {
            ["peer"] = options.Get("name") ?? "notessearch",
            ["phase"] = "http",
            ["connections"] = connections,
            ["zipf"] = zipf,
            ["seconds"] = Metrics.R3(result.Elapsed.TotalSeconds),
            ["requests"] = sorted.Length,
            ["rps"] = Metrics.R1(rps),
            ["p50_ms"] = Metrics.R3(Percentiles.Of(sorted, 50) / 1e6),
            ["p99_ms"] = Metrics.R3(Percentiles.Of(sorted, 99) / 1e6),
            ["max_ms"] = Metrics.R3(sorted.Length > 0 ? sorted[^1] / 1e6 : double.NaN),
            ["errors"] = result.Errors,
        });
        return result.Errors == 0 ? 0 : 1;
    }

    /// <summary>The API request for one line of queries.txt: the same parameters the CLI and the site take.</summary>
    public static string PathOf(string path, BenchmarkQuery query)
    {
        var parameters = new List<string> { "q=" + Uri.EscapeDataString(query.Query) };
        if (query.Topic.Length > 0)
            parameters.Add("topic=" + Uri.EscapeDataString(query.Topic));
        if (query.From is { } from)
            parameters.Add("from=" + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (query.To is { } to)
            parameters.Add("to=" + to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return path + "?" + string.Join('&', parameters);
    }

    private static LoadResult Load(HttpClient client, string[] paths, double[] popularity, int connections, TimeSpan duration, bool zipf, int seed)
    {
        var latencies = new List<long>[connections];
        var errorKinds = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<long>(4096);
            var random = SeededRandom.For(seed, "http", c);
            var next = c * paths.Length / connections;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var path = zipf ? paths[random.Weighted(popularity)] : paths[next++ % paths.Length];
                var start = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                        error = $"HTTP {(int)response.StatusCode}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = e.GetType().Name + ": " + e.Message;
                }
                var ns = Stopwatch.GetElapsedTime(start).Ticks * 100;
                if (error is null)
                {
                    mine.Add(ns);
                }
                else
                {
                    lock (errorKinds)
                        errorKinds[error] = errorKinds.GetValueOrDefault(error) + 1;
                }
            }
        })).ToArray();
        Task.WaitAll(tasks);
        return new LoadResult([.. latencies.SelectMany(l => l)], errorKinds.Values.Sum(), errorKinds, clock.Elapsed);
    }

    /// <summary>Zipf weights (s = 1.1) over the queries in a fixed shuffled order: some queries are asked far more often.</summary>
    private static double[] Cumulative(int count)
    {
        var order = SeededRandom.For(7, "popularity", 0).Sample(count, count);
        var weights = new double[count];
        for (var rank = 0; rank < count; rank++)
            weights[order[rank]] = 1.0 / Math.Pow(rank + 1, 1.1);
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }

    private sealed record LoadResult(long[] Latencies, int Errors, Dictionary<string, int> ErrorKinds, TimeSpan Elapsed);
}
