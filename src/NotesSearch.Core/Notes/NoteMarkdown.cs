using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The Markdown pipelines: CommonMark plus the GitHub extensions (tables, strikethrough, task
/// lists, bare-URL autolinks, footnotes, heading ids, alerts). Built once: a Markdig pipeline is
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

    /// <summary>Parses a body for indexing.</summary>
    /// <exception cref="NoteFormatException">The Markdown is nested deeper than Markdig allows.</exception>
    public static MarkdownDocument Parse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, IndexPipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's guard against hostile nesting (thousands of '>' or '[') throws this;
            // the markdown itself is never null here, so it can only be about the content.
            throw new NoteFormatException(1, $"Markdown nested too deeply to read: {e.Message}");
        }
    }

    private static MarkdownPipelineBuilder Common() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        // Only strikethrough: GitHub reads ~one~ as struck out too, not as a subscript.
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseFootnotes()
        // GitHub and DocFX alerts ("> [!NOTE]") as a note box, in lists too (DocFX nests them); the marker is not a word.
        .UseAlertBlocks(allowNestedAlerts: true);
}
