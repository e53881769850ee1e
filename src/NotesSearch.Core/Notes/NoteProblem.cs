namespace NotesSearch.Core.Notes;

/// <summary>
/// Why a file did not become a note, as one line <c>path:line: message</c>.
/// Errors are bad notes (<c>notes check</c> fails on them); skips are files that are
/// deliberately not notes (drafts, redirect stubs) and fail nothing.
/// </summary>
public sealed record NoteProblem(string Path, int Line, string Message, bool IsError = true)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
