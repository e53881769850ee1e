namespace NotesSearch.Core.Notes;

/// <summary>
/// Reads every note under a content folder: each <c>**/*.md</c>, <c>.markdown</c> or <c>.mdx</c> file
/// (folders starting with '.' not walked) becomes one <see cref="NoteFile"/>, in ordinal order of its relative path. Files are
/// parsed on all cores, but yielded lazily, in order, and with only a small window of them in
/// memory, so a million notes stream through. Then, in order, drafts are left out (unless
/// <see cref="NoteParserOptions.IncludeDrafts"/>) and a slug already taken is an error for the
/// later file. Thread-safe: each <see cref="Scan"/> has its own state.
/// </summary>
public sealed class ContentScanner(NoteParserOptions options)
{
    private readonly NoteParser parser = new(options);

    /// <summary>True for a file name the scanner reads as a note: <c>.md</c>, <c>.markdown</c> or <c>.mdx</c>, any case.</summary>
    public static bool IsNoteFileName(ReadOnlySpan<char> fileName) => ContentWalker.IsMarkdown(fileName);

    /// <summary>The options this scanner was built with.</summary>
    public NoteParserOptions Options => parser.Options;

    /// <summary>Every note file under <paramref name="contentRoot"/>, lazily, in path order.</summary>
    /// <exception cref="DirectoryNotFoundException">The content folder does not exist (thrown at once, not when enumerated).</exception>
    public IEnumerable<NoteFile> Scan(string contentRoot)
    {
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"content folder not found: {root}");
        return Checked(ParseInOrder(root));
    }

    /// <summary>
    /// Keeps a window of files parsing on the thread pool ahead of the consumer: as wide as a few
    /// batches per core, so every core stays busy while the consumer (the indexer) works, and memory
    /// stays bounded however many files there are. Files go to the pool in batches of
    /// <see cref="BatchSize"/>: a task per file (a note parses in well under a millisecond) had the
    /// pool's threads waking, spinning and sleeping again for every note, which cost CPU of its own.
    /// </summary>
    private IEnumerable<NoteFile> ParseInOrder(string root)
    {
        var window = new Queue<Task<NoteFile[]>>();
        var width = Math.Max(4, Environment.ProcessorCount * 2);
        var batch = new List<ContentFile>(BatchSize);
        foreach (var file in Hinted(ContentWalker.Enumerate(root)))
        {
            batch.Add(file);
            if (batch.Count < BatchSize)
                continue;
            window.Enqueue(ParseBatch(batch));
            batch.Clear();
            if (window.Count >= width)
            {
                foreach (var parsed in window.Dequeue().GetAwaiter().GetResult())
                    yield return parsed;
            }
        }
        if (batch.Count > 0)
            window.Enqueue(ParseBatch(batch));
        while (window.Count > 0)
        {
            foreach (var parsed in window.Dequeue().GetAwaiter().GetResult())
                yield return parsed;
        }
    }

    /// <summary>Files handed to the thread pool together: a few milliseconds of parsing.</summary>
    private const int BatchSize = 8;

    /// <summary>How many files ahead of the parsers the kernel is asked to read (<see cref="ReadAhead"/>).</summary>
    private const int ReadAheadFiles = 256;

    /// <summary>
    /// The files as walked, each hinted <see cref="ReadAheadFiles"/> files before it is handed on. The hints are given
    /// here, on the walking thread: a few microseconds a file, where hinting on the pool woke more pool threads than it saved.
    /// </summary>
    private static IEnumerable<ContentFile> Hinted(IEnumerable<ContentFile> files)
    {
        var ahead = new Queue<ContentFile>(ReadAheadFiles);
        foreach (var file in files)
        {
            if (file is { Error: null, Skip: null })
                ReadAhead.Hint(file.FullPath);
            ahead.Enqueue(file);
            if (ahead.Count == ReadAheadFiles)
                yield return ahead.Dequeue();
        }
        while (ahead.Count > 0)
            yield return ahead.Dequeue();
    }

    private Task<NoteFile[]> ParseBatch(List<ContentFile> batch)
    {
        var files = batch.ToArray();
        return Task.Run(() => Array.ConvertAll(files, Parse));
    }

    private NoteFile Parse(ContentFile file) => file switch
    {
        { Error: { } error } => NoteFile.Failed(new NoteProblem(file.RelativePath, 1, $"cannot read the folder: {error}")),
        { Skip: { } skip } => NoteFile.Failed(new NoteProblem(file.RelativePath, 1, skip, IsError: false)),
        _ => parser.ReadRelative(file.RelativePath, file.FullPath),
    };

    private IEnumerable<NoteFile> Checked(IEnumerable<NoteFile> files)
    {
        // Slug → the first file that used it. Compared ignoring case: URLs that differ only in
        // case would be the same note to most readers (and to a case-insensitive file system).
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (file.Note is not { } note)
                yield return file;
            else if (note.Draft && !parser.Options.IncludeDrafts)
                yield return NoteFile.Failed(new NoteProblem(note.Path, 1, "draft: left out (index with --drafts to include it)", IsError: false));
            else if (!slugs.TryAdd(note.Slug, note.Path))
                yield return NoteFile.Failed(new NoteProblem(note.Path, 1, $"duplicate slug '{note.Slug}': also used by {slugs[note.Slug]}"));
            else
                yield return file;
        }
    }
}
