using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NotesSearch.Core.Searching;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>
/// <c>query --index DIR --queries FILE [--results FILE] [--warmup N] [--rounds N] [--relax]</c>: the harness's query protocol.
/// Each query is one <see cref="NoteSearcher.Search"/> call, the full product work: the exact total, the top 10,
/// topic/year/month facets over every hit and 10 highlighted snippets. <c>warmup</c> untimed rounds first (the first
/// writes the results file), then <c>rounds</c> timed rounds on one thread; every latency goes to <c>FILE.lat</c>.
/// </summary>
public static class QueryBenchmark
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(Options options)
    {
        var indexPath = options.Required("index");
        var queries = BenchmarkQuery.Read(options.Required("queries"));
        var resultsPath = options.Get("results");
        var warmup = options.GetInt("warmup", 2);
        var rounds = options.GetInt("rounds", 3);

        var clock = Stopwatch.StartNew();
        using var searcher = NoteSearcher.Open(indexPath);
        // --automata-cache 0: every fuzzy word builds its automata again, as if never searched before (RESULTS.md).
        searcher.FuzzyAutomata.Capacity = options.GetInt("automata-cache", FuzzyAutomataCache.DefaultCapacity);
        // Opened as the site opens it: warmed up, search code compiled optimised (NoteSearcher.WarmUp), before any query.
        searcher.WarmUp(TimeSpan.FromSeconds(options.GetInt("warm-ms", 3000) / 1000.0));
        var openSeconds = clock.Elapsed.TotalSeconds;
        // --relax: the product's default reading (relaxing, synonyms, proximity, spelling fallback), as the API serves it.
        var relax = options.Flag("relax");
        var requests = queries.Select(q => ToRequest(q) with { Relax = relax }).ToArray();
        var failed = new HashSet<int>();

        clock.Restart();
        for (var round = 0; round < Math.Max(1, warmup); round++)
        {
            using var results = round == 0 && resultsPath is not null ? OpenResults(resultsPath) : null;
            for (var i = 0; i < queries.Count; i++)
            {
                try
                {
                    var answer = searcher.Search(requests[i]);
                    results?.WriteLine(ResultLine(queries[i].Id, answer));
                }
                catch (Exception e) when (round == 0)
                {
                    // Reported, and the run fails at the end; the other queries still run.
                    Console.Error.WriteLine($"{queries[i].Id} {queries[i].Query}: {e.GetType().Name}: {e.Message}");
                    failed.Add(i);
                    results?.WriteLine($"{{\"id\":\"{queries[i].Id}\",\"unsupported\":true}}");
                }
            }
        }
        var warmupSeconds = clock.Elapsed.TotalSeconds;

        var latencies = new List<(int Query, int Round, long Nanoseconds)>(queries.Count * rounds);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = GC.CollectionCount(0);
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                if (failed.Contains(i))
                    continue;
                var start = Stopwatch.GetTimestamp();
                searcher.Search(requests[i]);
                var ns = (long)(Stopwatch.GetElapsedTime(start).Ticks * 100L);
                latencies.Add((i, round, ns));
            }
        }
        var allocatedPerQuery = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Math.Max(1, latencies.Count);
        var gen0PerQuery = (GC.CollectionCount(0) - collectionsBefore) / (double)Math.Max(1, latencies.Count);
        if (resultsPath is not null)
        {
            using var lat = new StreamWriter(resultsPath + ".lat", false, new UTF8Encoding(false));
            foreach (var (i, round, ns) in latencies)
                lat.Write($"{queries[i].Id}\t{round}\t{ns}\n");
        }
        PrintSummary(options.Get("name") ?? "notessearch", queries, latencies, warmup, rounds, openSeconds, warmupSeconds, failed.Count,
            allocatedPerQuery, gen0PerQuery);
        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>A queries.txt line as the product's request: the query text as typed, its topic and date filters, 10 a page.</summary>
    public static SearchRequest ToRequest(BenchmarkQuery query) => new()
    {
        Query = query.Query,
        Topics = query.Topic.Length > 0 ? [query.Topic] : [],
        From = query.From,
        To = query.To,
        PageSize = 10,
        Relax = false,
    };

    /// <summary>One results.jsonl line: hits, topic and year counts above zero, the top slugs, the first snippet.</summary>
    public static string ResultLine(string id, SearchResults answer)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteNumber("hits", answer.Total);
            WriteFacet(json, "topics", answer.Facets.Topics);
            WriteFacet(json, "years", answer.Facets.Years);
            json.WriteStartArray("top");
            foreach (var hit in answer.Hits)
                json.WriteStringValue(hit.Slug);
            json.WriteEndArray();
            json.WriteString("snippet", answer.Hits.Count > 0 ? answer.Hits[0].Snippet : "");
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFacet(Utf8JsonWriter json, string name, IReadOnlyList<FacetValue> values)
    {
        json.WriteStartObject(name);
        foreach (var value in values.Where(v => v.Count > 0))
            json.WriteNumber(value.Key, value.Count);
        json.WriteEndObject();
    }

    private static StreamWriter OpenResults(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
    }

    private static void PrintSummary(string peer, IReadOnlyList<BenchmarkQuery> queries, List<(int Query, int Round, long Nanoseconds)> latencies,
        int warmup, int rounds, double openSeconds, double warmupSeconds, int failed, long allocatedPerQuery, double gen0PerQuery)
    {
        var all = latencies.Select(l => l.Nanoseconds).Order().ToArray();
        static double Ms(double ns) => Metrics.R3(ns / 1e6);
        var byKind = latencies.GroupBy(l => queries[l.Query].Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g =>
            {
                var v = g.Select(l => l.Nanoseconds).Order().ToArray();
                return new Dictionary<string, object> { ["n"] = v.Length, ["p50_ms"] = Ms(Percentiles.Of(v, 50)), ["p95_ms"] = Ms(Percentiles.Of(v, 95)) };
            });
        var totalSeconds = all.Sum() / 1e9;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count - failed}/{queries.Count} queries x {rounds} rounds: p50 {Percentiles.Of(all, 50) / 1e6:0.00} ms, p95 {Percentiles.Of(all, 95) / 1e6:0.00} ms, " +
            $"p99 {Percentiles.Of(all, 99) / 1e6:0.00} ms, {all.Length / totalSeconds:0.0} queries/s, {allocatedPerQuery / 1024.0:0} KB allocated a query"));
        foreach (var (kind, stats) in byKind)
            Console.Error.WriteLine($"  {kind,-7} p50 {stats["p50_ms"]} ms  p95 {stats["p95_ms"]} ms");
        Metrics.Print(new Dictionary<string, object?>
        {
            ["peer"] = peer,
            ["phase"] = "query",
            ["queries"] = queries.Count,
            ["supported"] = queries.Count - failed,
            ["rounds"] = rounds,
            ["warmup_rounds"] = warmup,
            ["open_s"] = Metrics.R3(openSeconds),
            ["warmup_s"] = Metrics.R3(warmupSeconds),
            ["p50_ms"] = Ms(Percentiles.Of(all, 50)),
            ["p95_ms"] = Ms(Percentiles.Of(all, 95)),
            ["p99_ms"] = Ms(Percentiles.Of(all, 99)),
            ["max_ms"] = Ms(all.Length > 0 ? all[^1] : double.NaN),
            ["mean_ms"] = Metrics.R3(totalSeconds * 1e3 / Math.Max(1, all.Length)),
            ["qps"] = Metrics.R1(all.Length / totalSeconds),
            ["alloc_kb_per_query"] = Metrics.R1(allocatedPerQuery / 1024.0),
            ["gen0_gcs_per_query"] = Metrics.R3(gen0PerQuery),
            ["facets"] = "topic, year, month (months always counted)",
            ["by_kind"] = byKind,
        });
    }
}
