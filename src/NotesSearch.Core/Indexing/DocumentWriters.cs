using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Writes notes into an <see cref="IndexWriter"/> from one thread per core. Analysis is most of the cost of
/// indexing, and an IndexWriter takes documents from several threads at once (each thread fills its own
/// in-memory segment), so a full build runs on every core instead of one while the caller keeps its
/// bookkeeping in order. The notes of one slug always go to the same thread, so they are written in the order
/// they came (an add, then the update that replaces it). The queues are bounded, so memory stays flat however
/// many notes stream through. At the end each thread also flushes its own in-memory segment (see <see cref="Work"/>).
/// Each thread fills its own <see cref="NoteDocumentBuilder"/>'s fields note after note.
/// A note the writer refuses (Lucene's <see cref="ArgumentException"/> for a token stream it cannot take: the document
/// is dropped, the writer stays usable, and an update leaves the previous version in place) is listed in
/// <see cref="Refused"/> and the others go on; any other failure of a worker stops the others and is rethrown, as it
/// was, to the caller.
/// One owner: <see cref="Add"/>, <see cref="Complete"/> and <see cref="Dispose"/> are called from one thread.
/// </summary>
internal sealed class DocumentWriters : IDisposable
{
    private readonly IndexWriter writer;
    private readonly BlockingCollection<(Note Note, bool Replace)>[] queues;
    private readonly Thread[] workers;
    private readonly CancellationTokenSource failed = new();
    private readonly Barrier lastNotes;
    private readonly int maxBufferedDocs;
    private readonly ConcurrentQueue<(Note Note, string Reason)> refused = new();
    private ExceptionDispatchInfo? failure;
    private bool disposed;

    /// <summary>The notes the writer refused, with why; read after <see cref="Complete"/>.</summary>
    public IReadOnlyCollection<(Note Note, string Reason)> Refused => refused;

    public DocumentWriters(IndexWriter writer, int threads)
    {
        this.writer = writer;
        maxBufferedDocs = writer.Config.MaxBufferedDocs;
        // Once every thread holds only its last note: flush a thread's segment as soon as it takes one more document.
        lastNotes = new Barrier(threads, _ => writer.Config.MaxBufferedDocs = 2);
        queues = new BlockingCollection<(Note, bool)>[threads];
        workers = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            var queue = queues[i] = new BlockingCollection<(Note, bool)>(boundedCapacity: 32);
            workers[i] = new Thread(() => Work(queue)) { IsBackground = true, Name = $"index writer {i + 1}" };
            workers[i].Start();
        }
    }

    /// <summary>Queues a note to be written; blocks while the queue is full.</summary>
    /// <param name="note">The note.</param>
    /// <param name="replace">
    /// Replace the document with the same slug. False when none can exist (a rebuild, a slug's first note): a plain add
    /// leaves no delete term for the writer to look up in every segment at each flush.
    /// </param>
    public void Add(Note note, bool replace)
    {
        try
        {
            var worker = (int)((uint)StringComparer.Ordinal.GetHashCode(note.Slug) % (uint)queues.Length);
            queues[worker].Add((note, replace), failed.Token);
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            Stop();
            failure.Throw();
        }
    }

    /// <summary>Waits until every queued note is written; rethrows a worker's failure.</summary>
    public void Complete()
    {
        Stop();
        failure?.Throw();
    }

    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        failed.Cancel();
        Stop();
        failed.Dispose();
        lastNotes.Dispose();
        foreach (var queue in queues)
            queue.Dispose();
    }

    private void Stop()
    {
        foreach (var queue in queues.Where(q => !q.IsAddingCompleted))
            queue.CompleteAdding();
        foreach (var worker in workers)
            worker.Join();
        writer.Config.MaxBufferedDocs = maxBufferedDocs;
    }

    /// <summary>
    /// Writes the notes of one queue. Left alone, the writer would flush every thread's in-memory segment at the
    /// commit, one after the other on the committing thread: at 100k notes that was the last 7 s of a build, on one
    /// core. So each thread keeps its last note back, waits until all threads do, and writes it with the flush
    /// threshold at two documents: its own segment is flushed there and then, all segments at once.
    /// </summary>
    private void Work(BlockingCollection<(Note Note, bool Replace)> queue)
    {
        try
        {
            var documents = new NoteDocumentBuilder();
            (Note Note, bool Replace)? last = null;
            foreach (var next in queue.GetConsumingEnumerable(failed.Token))
            {
                if (last is { } previous)
                    Write(documents, previous.Note, previous.Replace);
                last = next;
            }
            lastNotes.SignalAndWait(failed.Token);
            if (last is { } final)
                Write(documents, final.Note, final.Replace);
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested)
        {
            // Another worker failed, or the owner gave up: stop quietly.
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            failed.Cancel();
        }
    }

    private void Write(NoteDocumentBuilder documents, Note note, bool replace)
    {
        try
        {
            if (replace)
                writer.UpdateDocument(NoteDocuments.KeyOf(note.Slug), documents.Build(note));
            else
                writer.AddDocument(documents.Build(note));
        }
        catch (ArgumentException e)
        {
            refused.Enqueue((note, e.Message));
        }
    }
}
