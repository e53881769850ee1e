using System.Diagnostics;
using System.Text;

namespace NotesSearch.Benchmarks.Corpus;

/// <summary>
/// <c>generate --notes N --out DIR [--queries FILE] [--jsonl FILE] [--seed S] [--vocab FILE]</c>:
/// writes N notes as <c>DIR/YYYY/slug.md</c> (and/or one JSONL file for the Java reference), streaming:
/// notes are made in batches on every core and written in order, so memory does not grow with N.
/// </summary>
public static class CorpusGenerator
{
    public const long DefaultSeed = 20260101;
    private const int Batch = 2048;

    public static int Run(Options options)
    {
        var notes = ParseCount(options.Required("notes"));
        var outDir = options.Get("out");
        var jsonlPath = options.Get("jsonl");
        var queriesPath = options.Get("queries");
        if (outDir is null && jsonlPath is null && queriesPath is null)
            throw new UsageException("give --out DIR and/or --jsonl FILE and/or --queries FILE");
        var seed = options.GetLong("seed", DefaultSeed);
        var vocabulary = Vocabulary.Load(options.Get("vocab") ?? Vocabulary.DefaultPath);
        var model = new NoteModel(vocabulary, seed);
        var queries = queriesPath is null ? null : new QueryMixBuilder(seed);

        var clock = Stopwatch.StartNew();
        if (outDir is not null)
        {
            if (Directory.Exists(outDir))
                Directory.Delete(outDir, recursive: true);
            Directory.CreateDirectory(outDir);
        }
        using var jsonl = jsonlPath is null ? null : OpenWriter(jsonlPath);
        var madeDirs = new HashSet<string>();
        long bytes = 0;
        var batch = new GeneratedNote[Batch];
        for (long start = 0; start < notes; start += Batch)
        {
            var count = (int)Math.Min(Batch, notes - start);
            var markdownBytes = new long[count];
            Parallel.For(0, count, i =>
            {
                var note = batch[i] = model.Make(start + i);
                if (outDir is null)
                    return;
                var path = Path.Combine(outDir, note.RelativePath);
                var dir = Path.GetDirectoryName(path)!;
                lock (madeDirs)
                {
                    if (madeDirs.Add(dir))
                        Directory.CreateDirectory(dir);
                }
                var markdown = Encoding.UTF8.GetBytes(note.ToMarkdown());
                File.WriteAllBytes(path, markdown);
                markdownBytes[i] = markdown.Length;
            });
            for (var i = 0; i < count; i++)
            {
                bytes += markdownBytes[i];
                jsonl?.Write(batch[i].ToJsonLine());
                jsonl?.Write('\n');
                queries?.Add(batch[i]);
                batch[i] = null!;
            }
        }
        if (queries is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(queriesPath!))!);
            File.WriteAllText(queriesPath!, string.Join('\n', queries.Build()) + "\n");
        }
        Console.Error.WriteLine($"wrote {notes} notes (seed {seed}, {bytes / 1e6:0.0} MB of Markdown) in {clock.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }

    /// <summary>1000, 10k, 100k, 1m …</summary>
    public static long ParseCount(string text)
    {
        var t = text.Trim().ToLowerInvariant().Replace("_", "");
        var multiplier = t.EndsWith('k') ? 1_000 : t.EndsWith('m') ? 1_000_000 : 1;
        if (multiplier > 1)
            t = t[..^1];
        return double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? (long)(value * multiplier)
            : throw new UsageException($"not a note count: {text}");
    }

    private static StreamWriter OpenWriter(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
    }
}
