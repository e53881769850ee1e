using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace NotesSearch.Core.Notes;

/// <summary>
/// The Markdown pipeline: CommonMark plus the GitHub extensions (tables, strikethrough, task lists, bare-URL
/// autolinks, footnotes, heading ids, alerts). Built once: a Markdig pipeline is immutable and thread-safe, and building one
/// per note would cost more than parsing the note. Front matter is not in it: <see cref="FrontMatterReader"/> strips
/// it first. A note is parsed once, when it is indexed: its plain text and its HTML come from the same tree.
/// </summary>
internal static class NoteMarkdown
{
    /// <summary>Every extension, and last the budget's checkpoints (they watch the parsers added before them).</summary>
    public static MarkdownPipeline Pipeline { get; } = Common()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<MarkdownBudgetExtension>()
        .Build();

    /// <summary>Parses a body within <paramref name="budget"/>.</summary>
    /// <exception cref="NoteFormatException">The Markdown is nested deeper than Markdig allows, or the budget ran out.</exception>
    public static MarkdownDocument Parse(string markdown, RenderBudget budget)
    {
        LinkDefinitionLimit.Check(markdown);
        var context = new MarkdownParserContext();
        context.Properties[MarkdownBudgetExtension.BudgetKey] = budget;
        try
        {
            return Markdown.Parse(markdown, Pipeline, context);
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
