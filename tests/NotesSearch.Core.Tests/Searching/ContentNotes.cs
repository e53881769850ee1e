using System.Globalization;
using System.Text.RegularExpressions;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Searching;

/// <summary>
/// The real notes of content/, read with a minimal front-matter reader (title, date, topics, summary) that is
/// enough for these simple files; the relevance suite indexes them.
/// </summary>
internal static partial class ContentNotes
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NotesSearch.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NotesSearch.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ContentPath => Path.Combine(RepositoryRoot(), "content");

    public static string SynonymsPath => Path.Combine(ContentPath, "synonyms.txt");

    public static IReadOnlyList<Note> Load()
    {
        var notes = new List<Note>();
        foreach (var path in Directory.GetFiles(ContentPath, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var match = FrontMatter().Match(text);
            var yaml = match.Groups[1].Value;
            var body = text[match.Length..].Trim();
            string Value(string key) => Regex.Match(yaml, $"^{key}:\\s*\"?(.*?)\"?\\s*$", RegexOptions.Multiline).Groups[1].Value.Replace("\\\"", "\"");
            var topics = Regex.Matches(yaml, @"^\s+-\s+(.+?)\s*$", RegexOptions.Multiline).Select(m => Topic.FromLabel(m.Groups[1].Value)).ToArray();
            var file = Path.GetFileNameWithoutExtension(path);
            var slug = file[11..];
            var date = DateTimeOffset.Parse(Value("date") + "T00:00:00Z", CultureInfo.InvariantCulture);
            notes.Add(new Note(slug, Value("title"), date, topics, Value("summary"), body, body, false, Path.GetFileName(path), file));
        }
        return notes;
    }

    [GeneratedRegex(@"\A---\n(.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}
