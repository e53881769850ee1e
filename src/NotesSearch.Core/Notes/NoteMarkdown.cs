using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The one Markdown pipeline: CommonMark plus the GitHub extensions (tables, strikethrough,
/// task lists, bare-URL autolinks, footnotes, heading ids). Built once: a Markdig pipeline is
/// immutable and thread-safe, and building one per note would cost more than parsing the note.
/// Front matter is not in it: <see cref="FrontMatterReader"/> strips it first.
/// </summary>
internal static class NoteMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        // Only strikethrough: GitHub reads ~one~ as struck out too, not as a subscript.
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();
}
