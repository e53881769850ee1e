using System.Diagnostics;
using System.Text;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>
/// <c>reindex-one --content DIR --index DIR [--rounds N] [--warmup N]</c>: in an existing index (built by <c>index</c>),
/// the time from one changed note's bytes to that change being found by a search, the way the site does a live edit:
/// parse, <see cref="NoteIndexer.Upsert"/>, <see cref="NoteIndexer.Commit"/>, refresh of the writer-backed searcher,
/// and a search for a word only the new version holds. Each round edits another note; the edits are left in the index.
/// </summary>
public static class ReindexOneBenchmark
{
    public static int Run(Options options)
    {
        var content = Path.GetFullPath(options.Required("content"));
        var indexPath = options.Required("index");
        var rounds = options.GetInt("rounds", 20);
        var warmup = options.GetInt("warmup", 3);
        var files = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Take(rounds + warmup).ToArray();
        if (files.Length < rounds + warmup)
            throw new UsageException($"{content} holds fewer than {rounds + warmup} notes");

        var parser = new NoteParser();
        using var indexer = NoteIndexer.Open(indexPath);
        if (indexer.Rebuilt)
            throw new UsageException($"{indexPath} holds no index of this format: run 'index' first");
        using var manager = indexer.CreateSearcherManager();
        using var searcher = new NoteSearcher(manager);
        var docs = searcher.Statistics().Notes;
        var segmentsBefore = searcher.Use(s => s.IndexReader.Leaves.Count);

        var times = new List<double>();
        for (var i = 0; i < files.Length; i++)
        {
            var marker = $"zzedit{i}x{Environment.ProcessId}";
            var bytes = File.ReadAllBytes(files[i]);
            var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes) + $"\nEdited: {marker}.\n");
            var relative = Path.GetRelativePath(content, files[i]).Replace('\\', '/');

            var clock = Stopwatch.StartNew();
            var file = parser.Parse(relative, edited);
            if (file.Note is not { } note)
                throw new InvalidOperationException($"{relative}: {file.Problem}");
            indexer.Upsert(note);
            indexer.Commit();
            searcher.Refresh();
            var found = searcher.Search(new SearchRequest { Query = marker });
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (found.Total != 1 || found.Hits[0].Slug != note.Slug)
                throw new InvalidOperationException($"the edit of {relative} was not found: {found.Total} hits for {marker}");
            if (i >= warmup)
                times.Add(elapsed);
        }
        times.Sort();
        // Live edits write one-note segments; the merge policy folds them together (see LiveEditMergePolicy).
        var segmentsAfter = searcher.Use(s => s.IndexReader.Leaves.Count);
        var median = Percentiles.Median(times);
        Console.Error.WriteLine($"one changed note searchable in {docs} notes: median {median:0.0} ms, min {times[0]:0.0}, max {times[^1]:0.0} over {times.Count} edits");
        Metrics.Print(new Dictionary<string, object?>
        {
            ["peer"] = options.Get("name") ?? "notessearch",
            ["phase"] = "reindex_one",
            ["docs"] = docs,
            ["rounds"] = times.Count,
            ["median_ms"] = Metrics.R3(median),
            ["min_ms"] = Metrics.R3(times[0]),
            ["max_ms"] = Metrics.R3(times[^1]),
            ["segments_before"] = segmentsBefore,
            ["segments_after"] = segmentsAfter,
        });
        return 0;
    }
}
