namespace NotesSearch.Core.Notes;

/// <summary>One Markdown file under the content folder, or a folder that could not be listed.</summary>
/// <param name="FullPath">The file (or folder) on disk.</param>
/// <param name="RelativePath">Relative to the content folder, with '/' separators.</param>
/// <param name="Error">Why a folder could not be listed; null for a file.</param>
internal sealed record ContentFile(string FullPath, string RelativePath, string? Error = null)
{
    /// <summary>Why the file is deliberately not read (a hidden file); null to read it.</summary>
    public string? Skip { get; init; }
}
