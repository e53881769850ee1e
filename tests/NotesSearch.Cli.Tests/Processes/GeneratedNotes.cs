using System.Globalization;
using System.Text;

namespace NotesSearch.Cli.Tests.Processes;

/// <summary>Many small distinct notes, written into a content folder, so that indexing takes a few seconds.</summary>
internal static class GeneratedNotes
{
    private static readonly string[] Words =
    [
        "kernel", "cache", "latency", "tensor", "scheduler", "gradient", "network", "memory", "compiler", "storage",
        "cluster", "replica", "shard", "vector", "token", "batch", "queue", "thread", "socket", "buffer",
    ];

    /// <summary>Writes <paramref name="count"/> notes; each body ends with <paramref name="marker"/> (a word to count them by).</summary>
    public static void Write(string contentPath, int count, string marker)
    {
        var random = new Random(16);
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2020, 1, 1).AddDays(i % 2000);
            var body = new StringBuilder();
            for (var word = 0; word < 120; word++)
                body.Append(Words[random.Next(Words.Length)]).Append(' ');
            var folder = Path.Combine(contentPath, $"batch{i / 500}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"note-{i:D5}.md"), string.Create(CultureInfo.InvariantCulture,
                $"---\ntitle: Generated note {i}\ndate: {date:yyyy-MM-dd}\ntopics: [{Words[i % Words.Length]}]\n---\n{body}note{i} {marker}\n"));
        }
    }
}
