using Lucene.Net.Index;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using static NotesSearch.Core.Tests.Indexing.IndexerNotes;

namespace NotesSearch.Core.Tests.Indexing;

public sealed class DocumentWritersTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;

    public DocumentWritersTests() => writer = new IndexWriter(directory,
        new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing()) { RAMBufferSizeMB = 256, MergePolicy = NoMergePolicy.COMPOUND_FILES });

    [Fact]
    public void EveryThreadHasFlushedItsSegmentWhenTheyComplete()
    {
        // The commit that follows has (almost) nothing left to flush on its one thread. Lucene's flush control may
        // leave one thread's flush to the next flush when both end at the same instant (seen under a loaded full
        // run), so this asserts that the workers flushed, not that every one always does: with the 256 MB buffer and
        // no early flush, all 200 notes would still be in memory here.
        WriteNotes(200, threads: 2);

        Assert.InRange(writer.NumRamDocs(), 0, 199);
        Assert.Equal(200, writer.NumDocs);
    }

    [Fact]
    public void OnlyTheLastNoteOfAThreadFlushes()
    {
        // One segment per thread, as with no early flush at all: the low flush threshold is not left on while the
        // other notes are written, nor after (the live edits that follow write one segment per commit).
        WriteNotes(200, threads: 2);
        writer.Commit();
        writer.AddDocument(NoteDocuments.ToDocument(Make("late-1")));
        writer.AddDocument(NoteDocuments.ToDocument(Make("late-2")));
        writer.AddDocument(NoteDocuments.ToDocument(Make("late-3")));
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        Assert.Equal(203, reader.NumDocs);
    }

    [Fact]
    public void ThreadsWithoutNotesDoNotHoldTheOthersBack()
    {
        WriteNotes(1, threads: 4);
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public void A_note_the_writer_refuses_is_listed_and_the_others_are_written()
    {
        // An analyzer that refuses one topic label the way Lucene refuses a bad token stream (offsets going backwards).
        using var refusing = new IndexWriter(new RAMDirectory(), new IndexWriterConfig(NoteFields.Version,
            Lucene.Net.Analysis.Analyzer.NewAnonymous((_, reader) => new Lucene.Net.Analysis.TokenStreamComponents(new RefusingTokenizer(reader)))));
        var old = Make("kept", "the first version");
        refusing.AddDocument(NoteDocuments.ToDocument(old));
        refusing.Commit();

        IReadOnlyCollection<(Core.Notes.Note Note, string Reason)> refused;
        using (var documents = new DocumentWriters(refusing, threads: 2))
        {
            documents.Add(Make("kept", "the second version") with { Topics = [Core.Notes.Topic.FromLabel("refuse")] }, replace: true);
            for (var i = 0; i < 20; i++)
                documents.Add(Make($"note-{i}"), replace: false);
            documents.Complete();
            refused = documents.Refused;
        }
        refusing.Commit();

        var (note, reason) = Assert.Single(refused);
        Assert.Equal("kept", note.Slug);
        Assert.Contains("refused", reason);
        using var reader = DirectoryReader.Open(refusing.Directory);
        Assert.Equal(21, reader.NumDocs);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        var kept = searcher.Search(new Lucene.Net.Search.TermQuery(NoteDocuments.KeyOf("kept")), 2);
        Assert.Equal(1, kept.TotalHits);
        Assert.Equal("the first version", searcher.Doc(kept.ScoreDocs[0].Doc).Get(NoteFields.Body));
    }

    /// <summary>Emits the text as one token; refuses the word "refuse" with the exception Lucene throws for bad streams.</summary>
    private sealed class RefusingTokenizer : Lucene.Net.Analysis.Tokenizer
    {
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute term;
        private bool done;

        public RefusingTokenizer(TextReader reader) : base(reader) =>
            term = AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (done)
                return false;
            done = true;
            var text = m_input.ReadToEnd();
            if (text.Contains("refuse", StringComparison.Ordinal))
                throw new ArgumentException("refused: offsets must not go backwards");
            ClearAttributes();
            term.SetEmpty().Append(text);
            return text.Length > 0;
        }

        public override void Reset()
        {
            base.Reset();
            done = false;
        }
    }

    private void WriteNotes(int count, int threads)
    {
        using var documents = new DocumentWriters(writer, threads);
        for (var i = 0; i < count; i++)
            documents.Add(Make($"note-{i}", $"words of note {i}"), replace: false);
        documents.Complete();
    }

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }
}
