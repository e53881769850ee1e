using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>
/// <c>merge --index DIR --segments N</c>: merges an index built by <c>index</c> down to at most N segments (an
/// experiment: how much the segment count costs each query). The commit's user data (format, time) is kept.
/// </summary>
public static class MergeExperiment
{
    public static int Run(Options options)
    {
        var path = options.Required("index");
        var segments = options.GetInt("segments", 1);
        var clock = Stopwatch.StartNew();
        using var directory = FSDirectory.Open(path);
        var before = SegmentCount(directory);
        var config = new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing()) { OpenMode = OpenMode.APPEND };
        using (var writer = new IndexWriter(directory, config))
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            writer.SetCommitData(infos.UserData);
            writer.ForceMerge(segments);
            writer.Commit();
        }
        Console.Error.WriteLine($"{path}: {before} -> {SegmentCount(directory)} segments in {clock.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }

    private static int SegmentCount(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }
}
