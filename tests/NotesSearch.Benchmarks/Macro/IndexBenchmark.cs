using System.Diagnostics;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>
/// <c>index --content DIR --index DIR [--ram-mb N] [--parse-pass]</c>: a full build the way <c>notes index --full</c> does it
/// (ContentScanner parsing on every core, feeding NoteIndexer.Sync, one commit), timed inside the process from the
/// first file read to after the commit. Prints the harness's index METRICS line. <c>parse_wait_s</c> is how long the
/// indexer stood waiting for the parser; <c>--parse-pass</c> also times a parse-only pass of the same folder (<c>parse_s</c>).
/// </summary>
public static class IndexBenchmark
{
    public static int Run(Options options)
    {
        var content = options.Required("content");
        var indexPath = options.Required("index");
        var ramMb = options.GetInt("ram-mb", 64);  // live edits' buffer; a full build raises it to NoteIndexer.RebuildRamBufferMb
        if (Directory.Exists(indexPath))
            Directory.Delete(indexPath, recursive: true);
        var inputBytes = Metrics.FolderBytes(content);

        var clock = Stopwatch.StartNew();
        var scanner = new ContentScanner(NoteParserOptions.Default);
        var files = new TimedEnumerable<NoteFile>(scanner.Scan(content));
        IndexReport report;
        TimeSpan commitStart;
        using (var indexer = NoteIndexer.Open(indexPath, ramMb))
        {
            report = indexer.Sync(files, full: true);
            commitStart = clock.Elapsed;
        }
        var total = clock.Elapsed;
        if (report.Errors > 0)
        {
            foreach (var problem in report.Problems.Where(p => p.IsError).Take(5))
                Console.Error.WriteLine(problem);
            Console.Error.WriteLine($"{report.Errors} notes failed to parse");
            return 1;
        }

        double? parseSeconds = null;
        if (options.Flag("parse-pass"))
        {
            var parseClock = Stopwatch.StartNew();
            var parsed = new ContentScanner(NoteParserOptions.Default).Scan(content).Count(f => f.IsNote);
            parseSeconds = parseClock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"parse-only pass: {parsed} notes in {parseSeconds:0.00}s");
        }

        var indexBytes = Metrics.FolderBytes(indexPath);
        var docs = report.Indexed;
        Console.Error.WriteLine($"{report}; {docs / total.TotalSeconds:0} notes/s, {inputBytes / 1e6 / total.TotalSeconds:0.0} MB/s, index {indexBytes / 1e6:0.0} MB");
        Metrics.Print(new Dictionary<string, object?>
        {
            ["peer"] = options.Get("name") ?? "notessearch",
            ["phase"] = "index",
            ["docs"] = docs,
            ["input_bytes"] = inputBytes,
            ["index_s"] = Metrics.R3(total.TotalSeconds),
            ["docs_per_s"] = Metrics.R1(docs / total.TotalSeconds),
            ["mb_per_s"] = Metrics.R1(inputBytes / 1e6 / total.TotalSeconds),
            ["index_bytes"] = indexBytes,
            ["sync_s"] = Metrics.R3(report.Elapsed.TotalSeconds),
            ["close_s"] = Metrics.R3((total - commitStart).TotalSeconds),
            ["parse_wait_s"] = Metrics.R3(files.Waiting.TotalSeconds),
            ["parse_s"] = parseSeconds is { } p ? Metrics.R3(p) : null,
            ["ram_buffer_mb"] = Math.Max(ramMb, NoteIndexer.RebuildRamBufferMb),
            ["segments"] = SegmentCount(indexPath),
            ["cores"] = Environment.ProcessorCount,
            // Allocation volume and collections: what the garbage collector had to do (independent of the machine's load).
            ["allocated_mb"] = Metrics.R1(GC.GetTotalAllocatedBytes() / 1e6),
            ["gen0_collections"] = GC.CollectionCount(0),
            ["gen2_collections"] = GC.CollectionCount(2),
        });
        return 0;
    }

    private static int SegmentCount(string indexPath)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }
}
