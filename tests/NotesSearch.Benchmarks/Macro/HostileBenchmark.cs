using System.Diagnostics;
using System.Globalization;
using System.Text;
using NotesSearch.Benchmarks.Corpus;
using NotesSearch.Core.Searching;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>
/// <c>hostile --index DIR [--rounds 3] [--seed 16]</c>: queries built to be expensive (issue 16 §3), each run as the API
/// runs it (<see cref="NoteSearcher.Search"/> with relaxing, spelling correction and highlighting) and as
/// <c>/api/suggest</c> completes it. Prints each kind's median and slowest wall time, its total and whether it warned,
/// then one METRICS line. One thread; the figures go to RESULTS.md ("Hostile queries").
/// </summary>
public static class HostileBenchmark
{
    /// <summary>What <c>/api/suggest</c> completes at most (its <c>MaxQueryLength</c>).</summary>
    private const int SuggestLength = 200;

    public static int Run(Options options)
    {
        var rounds = Math.Max(1, options.GetInt("rounds", 3));
        var seed = options.GetLong("seed", 16);
        using var searcher = NoteSearcher.Open(options.Required("index"));
        var suggester = new Suggester();
        searcher.WarmUp();

        var byKind = new Dictionary<string, object>(StringComparer.Ordinal);
        var slowest = 0.0;
        foreach (var (kind, query) in Queries(seed))
        {
            var search = new List<double>();
            var suggest = new List<double>();
            SearchResults? last = null;
            for (var round = 0; round < rounds; round++)
            {
                var start = Stopwatch.GetTimestamp();
                last = searcher.Search(new SearchRequest { Query = query });
                search.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var typed = query.Length > SuggestLength ? query[..SuggestLength] : query;
                start = Stopwatch.GetTimestamp();
                searcher.Use(s => suggester.Complete(s.IndexReader, typed));
                suggest.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            search.Sort();
            suggest.Sort();
            slowest = Math.Max(slowest, search[^1]);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-10} {query.Length,5} chars  search p50 {search[search.Count / 2],8:0.0} ms  max {search[^1],8:0.0} ms  " +
                $"suggest p50 {suggest[suggest.Count / 2],6:0.0} ms  total {last!.Total,5}  warnings {last.Warnings.Count}"));
            byKind[kind] = new Dictionary<string, object>
            {
                ["chars"] = query.Length,
                ["search_p50_ms"] = Metrics.R1(search[search.Count / 2]),
                ["search_max_ms"] = Metrics.R1(search[^1]),
                ["suggest_p50_ms"] = Metrics.R1(suggest[suggest.Count / 2]),
                ["total"] = last.Total,
                ["warnings"] = last.Warnings,
            };
        }
        Metrics.Print(new Dictionary<string, object?>
        {
            ["phase"] = "hostile",
            ["rounds"] = rounds,
            ["notes"] = searcher.Use(s => s.IndexReader.NumDocs),
            ["budget_ms"] = searcher.Options.TimeBudget.TotalMilliseconds,
            ["search_max_ms"] = Metrics.R1(slowest),
            ["by_kind"] = byKind,
        });
        return 0;
    }

    /// <summary>The hostile queries of issue 16, seeded: the same text on every run.</summary>
    public static IEnumerable<(string Kind, string Query)> Queries(long seed)
    {
        var random = SeededRandom.For(seed, "hostile", 0);
        yield return ("cjk-800", Repeat(800, () => char.ConvertFromUtf32(random.Between(0x4E00, 0x9FFF))));
        yield return ("mixed-300", Repeat(300, () => MixedScript(random)));
        yield return ("fuzzy-60", string.Join(' ', Enumerable.Range(0, 60).Select(i => Word(random, 10) + "~")));
        yield return ("fuzzy-same", string.Concat(Enumerable.Repeat("abcdefghij~ ", 80)));
        yield return ("long-fuzzy", Word(random, 250) + "~2");
        yield return ("prefix-26", string.Join(' ', Enumerable.Range(0, 26).Select(i => (char)('a' + i) + "*")));
        yield return ("wildcard", string.Join(' ', Enumerable.Range(0, 40).Select(i => (char)('a' + i % 26) + "?" + (char)('a' + (i * 7) % 26) + "*")));
        yield return ("or-200", string.Join(" OR ", Enumerable.Range(0, 200).Select(_ => Word(random, 6))));
        yield return ("parens-400", new string('(', 400) + "cache" + new string(')', 400));
        yield return ("typos-60", string.Join(' ', Enumerable.Range(0, 60).Select(_ => Word(random, 12))));
    }

    private static string Repeat(int count, Func<string> next)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append(next());
        return text.ToString();
    }

    /// <summary>Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Hangul, CJK, astral ideographs and emoji, combining marks, RTL marks, spaces.</summary>
    private static string MixedScript(SeededRandom random) => random.Next(12) switch
    {
        0 => ((char)random.Between('a', 'z')).ToString(),
        1 => ((char)random.Between(0x0430, 0x044F)).ToString(),
        2 => ((char)random.Between(0x03B1, 0x03C9)).ToString(),
        3 => ((char)random.Between(0x05D0, 0x05EA)).ToString(),
        4 => ((char)random.Between(0x0627, 0x064A)).ToString(),
        5 => ((char)random.Between(0x0905, 0x0939)).ToString(),
        6 => ((char)random.Between(0xAC00, 0xD7A3)).ToString(),
        7 => ((char)random.Between(0x4E00, 0x9FFF)).ToString(),
        8 => char.ConvertFromUtf32(random.Between(0x20000, 0x2A6DF)),
        9 => char.ConvertFromUtf32(random.Between(0x1F600, 0x1F64F)),
        10 => ((char)random.Between(0x0300, 0x036F)).ToString(),
        _ => random.Next(3) switch { 0 => "\u200F", 1 => "\u202E", _ => " " },
    };

    private static string Word(SeededRandom random, int length) => Repeat(length, () => ((char)random.Between('a', 'z')).ToString());
}
