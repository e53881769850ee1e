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
