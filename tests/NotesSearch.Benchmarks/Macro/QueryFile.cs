using System.Globalization;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>One line of the harness's queries.txt: <c>id kind filter query terms topic date_from date_to</c> (TSV).</summary>
public sealed record BenchmarkQuery(string Id, string Kind, string Filter, string Query, string Terms, string Topic, DateOnly? From, DateOnly? To)
{
    /// <summary>Reads queries.txt as it is: '#' lines are comments; empty topic and dates mean no filter.</summary>
    public static IReadOnlyList<BenchmarkQuery> Read(string path)
    {
        var queries = new List<BenchmarkQuery>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var c = line.Split('\t');
            if (c.Length < 8)
                throw new FormatException($"{path}:{number}: expected 8 tab-separated columns, got {c.Length}");
            queries.Add(new BenchmarkQuery(c[0], c[1], c[2], c[3], c[4], c[5], Date(c[6]), Date(c[7])));
        }
        return queries;
    }

    private static DateOnly? Date(string text) => text.Length == 0
        ? null
        : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
