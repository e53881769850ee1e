using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Benchmarks.Micro;

/// <summary>One ~300-word note: Markdown + YAML parsing, then the index-time analysis of every text field (what indexing costs per note before Lucene's own buffers).</summary>
[MemoryDiagnoser]
public class ParseAndAnalyseBenchmark
{
    private readonly NoteParser parser = new();
    private readonly Analyzer analyzer = NoteAnalyzer.ForIndexing();
    private byte[] bytes = [];
    private Note note = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A note of median length (the corpus's bodies are log-normal around 300 words).
        bytes = MicroCorpus.MarkdownBytes(7);
        note = parser.Parse("2024/note.md", bytes).Note!;
    }

    [Benchmark]
    public Note Parse() => parser.Parse("2024/note.md", bytes).Note!;

    [Benchmark]
    public int Analyse() => Tokens(NoteDocuments.ToDocument(note));

    [Benchmark]
    public int ParseAndAnalyse() => Tokens(NoteDocuments.ToDocument(parser.Parse("2024/note.md", bytes).Note!));

    private int Tokens(Document document)
    {
        var count = 0;
        foreach (var field in document.Fields)
        {
            if (!field.IndexableFieldType.IsTokenized || field.GetStringValue() is not { } text)
                continue;
            using var stream = analyzer.GetTokenStream(field.Name, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                count += term.Length > 0 ? 1 : 0;
            stream.End();
        }
        return count;
    }
}
