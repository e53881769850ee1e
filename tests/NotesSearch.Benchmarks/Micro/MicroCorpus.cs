using System.Text;
using NotesSearch.Benchmarks.Corpus;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Benchmarks.Micro;

/// <summary>
/// The data the micro-benchmarks share: generated notes (the corpus generator, default seed) and an index of them,
/// built once into <c>$TMPDIR/notes-bench-micro/NOTES</c> and reused by later runs (or the index named by the
/// <c>NOTES_MICRO_INDEX</c> environment variable, e.g. a 100k index made by the <c>index</c> mode).
/// </summary>
public static class MicroCorpus
{
    /// <summary>Notes in the micro index.</summary>
    public const int IndexNotes = 100_000;

    /// <summary>A word (as indexed: stemmed) about half of the generated notes hold: ~50k hits in 100k notes.</summary>
    public const string HalfOfNotesWord = "studio";

    public static NoteModel Model { get; } = new(Vocabulary.Load(Vocabulary.DefaultPath), CorpusGenerator.DefaultSeed);

    /// <summary>Note <paramref name="index"/> of the corpus as the bytes of its Markdown file.</summary>
    public static byte[] MarkdownBytes(long index) => Encoding.UTF8.GetBytes(Model.Make(index).ToMarkdown());

    public static string IndexPath()
    {
        if (Environment.GetEnvironmentVariable("NOTES_MICRO_INDEX") is { Length: > 0 } given)
            return given;
        var path = Path.Combine(Path.GetTempPath(), "notes-bench-micro", IndexNotes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var done = Path.Combine(path, "..", $"{IndexNotes}.done");
        if (File.Exists(done))
            return path;
        Console.WriteLine($"// building the micro-benchmark index of {IndexNotes} notes in {path} (once)");
        var parser = new NoteParser();
        using (var indexer = NoteIndexer.Open(path))
        {
            var notes = Enumerable.Range(0, IndexNotes).Select(i =>
            {
                var note = Model.Make(i);
                return parser.Parse(note.RelativePath, Encoding.UTF8.GetBytes(note.ToMarkdown()));
            });
            indexer.Sync(notes, full: true);
        }
        File.WriteAllText(done, "");
        return path;
    }
}
