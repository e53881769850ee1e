using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// The author's real notes (content/ at the repository root), indexed once in memory and only ever read.
/// Until the note parser lands, the few front matter keys these notes use are read here directly.
/// </summary>
internal static class SuggestContent
{
    private static readonly Lazy<(IndexReader Reader, IndexSearcher Searcher)> Index = new(Build);

    public static IndexReader Reader => Index.Value.Reader;

    public static IndexSearcher Searcher => Index.Value.Searcher;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NotesSearch.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("NotesSearch.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<Note> Notes() =>
        System.IO.Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot(), "content"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();

    private static (IndexReader, IndexSearcher) Build()
    {
        var directory = new RAMDirectory();
        using (var indexer = NoteIndexer.Open(directory))
            indexer.Sync(Notes().Select(n => new NoteFile(n.Path, n, null)));
        var reader = DirectoryReader.Open(directory);
        return (reader, new IndexSearcher(reader) { Similarity = new BM25Similarity() });
    }

    /// <summary>YAML front matter with title, date, a topics list and summary; the body after it.</summary>
    private static Note Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var end = Array.IndexOf(lines, "---", 1);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var topics = new List<Topic>();
        foreach (var line in lines[1..end])
        {
            if (line.StartsWith("  - ", StringComparison.Ordinal))
            {
                topics.Add(Topic.FromLabel(line[4..]));
                continue;
            }
            var colon = line.IndexOf(':');
            values[line[..colon]] = Unquote(line[(colon + 1)..].Trim());
        }
        var body = string.Join('\n', lines[(end + 1)..]).Trim();
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        return new Note(name[11..], values["title"], DateTimeOffset.Parse(values["date"], CultureInfo.InvariantCulture),
            topics, values.GetValueOrDefault("summary", ""), body, body, Draft: false, System.IO.Path.GetFileName(path), hash);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : value;
}
