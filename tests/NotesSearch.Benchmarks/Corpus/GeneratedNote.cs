using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NotesSearch.Benchmarks.Corpus;

/// <summary>One synthetic note, and its two written forms (Markdown with YAML front matter; one JSONL line).</summary>
public sealed record GeneratedNote(long Index, string Slug, string Title, DateOnly Date, string[] Topics, string Summary, string Body)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Where the note goes under the Markdown folder: <c>YYYY/slug.md</c>.</summary>
    public string RelativePath => $"{Date.Year}/{Slug}.md";

    /// <summary>
    /// The shared harness's Markdown form: title and summary as JSON-style double-quoted YAML strings,
    /// topics as a block list, then a <c># Title</c> line above the body.
    /// </summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder(Body.Length + 512);
        text.Append("---\ntitle: ").Append(Quote(Title)).Append('\n');
        text.Append("date: ").Append(Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        text.Append("topics:\n");
        foreach (var topic in Topics)
            text.Append("  - ").Append(topic).Append('\n');
        text.Append("summary: ").Append(Quote(Summary)).Append("\n---\n\n");
        text.Append("# ").Append(Title).Append("\n\n").Append(Body);
        return text.ToString();
    }

    /// <summary>The JSONL form the Java reference reads: <c>{slug,title,date,topics,summary,body}</c>.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(new
    {
        slug = Slug,
        title = Title,
        date = Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        topics = Topics,
        summary = Summary,
        body = Body,
    }, Json);

    private static string Quote(string value) => JsonSerializer.Serialize(value, Json);
}
