namespace NotesSearch.Core.Notes;

// Placeholder until the parser lands: replaced by the real scanner on merge.
public sealed class ContentScanner(NoteParserOptions options)
{
    public NoteParserOptions Options { get; } = options;

    public IEnumerable<NoteFile> Scan(string contentRoot) => throw new NotImplementedException(contentRoot);
}
