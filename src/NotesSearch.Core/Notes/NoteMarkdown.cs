using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The Markdown pipelines: CommonMark plus the GitHub extensions (tables, strikethrough, task
/// lists, bare-URL autolinks, footnotes, heading ids). Built once: a Markdig pipeline is
/// immutable and thread-safe, and building one per note would cost more than parsing the note.
/// Front matter is in neither: <see cref="FrontMatterReader"/> strips it first.
/// </summary>
internal static class NoteMarkdown
{
    /// <summary>For showing a note: every extension.</summary>
    public static MarkdownPipeline Pipeline { get; } = Common()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>
    /// For indexing a note: the same without the two extensions that only change HTML. A bare
    /// URL is the same text with or without autolinks, and heading ids are not words; leaving
    /// them out halves the parse time (autolinks look at every character of the body).
    /// </summary>
    public static MarkdownPipeline IndexPipeline { get; } = Common().Build();

    private static MarkdownPipelineBuilder Common() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        // Only strikethrough: GitHub reads ~one~ as struck out too, not as a subscript.
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseFootnotes();
}
