using NotesSearch.Benchmarks;
using NotesSearch.Benchmarks.Corpus;
using NotesSearch.Benchmarks.Macro;

const string Usage = """
    NotesSearch benchmarks (tests/NotesSearch.Benchmarks/RESULTS.md has the figures and how to reproduce them)
      generate    --notes N --out DIR [--jsonl FILE] [--queries FILE] [--seed S] [--vocab FILE]
      index       --content DIR --index DIR [--ram-mb 64] [--parse-pass] [--name notessearch]
      reindex-one --content DIR --index DIR [--rounds 20] [--warmup 3]
      query       --index DIR --queries FILE [--results FILE] [--warmup 2] [--rounds 3] [--relax] [--warm-ms 3000] [--automata-cache 128] [--name notessearch]
      hostile     --index DIR [--rounds 3] [--seed 16]
      http        --url http://127.0.0.1:PORT --queries FILE [--connections 16] [--seconds 30] [--zipf]
      charts      --out DIR --data FILE
      micro       [BenchmarkDotNet arguments, e.g. --filter '*']
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}
try
{
    var options = args[0] == "micro" ? null : new Options(args.Skip(1));
    return args[0] switch
    {
        "generate" => CorpusGenerator.Run(options!),
        "index" => IndexBenchmark.Run(options!),
        "reindex-one" => ReindexOneBenchmark.Run(options!),
        "query" => QueryBenchmark.Run(options!),
        "hostile" => HostileBenchmark.Run(options!),
        "http" => NotesSearch.Benchmarks.Http.HttpLoad.Run(options!),
        "merge" => MergeExperiment.Run(options!),
        "charts" => NotesSearch.Benchmarks.Charts.SvgCharts.Run(options!),
        "micro" => NotesSearch.Benchmarks.Micro.MicroBenchmarks.Run(args[1..]),
        _ => throw new UsageException($"unknown mode '{args[0]}'"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
