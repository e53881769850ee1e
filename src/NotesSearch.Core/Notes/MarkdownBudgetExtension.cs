using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Makes a Markdig parse stop when its <see cref="RenderBudget"/> (passed in the parser context) is spent. Markdig has
/// no cancellation, and its slow inputs are slow inside its own loops: an opener scanned again for every later
/// bracket, emphasis delimiters walked for every character. So two parsers that never match anything are put first
/// in line for every character that starts a block or an inline construct; each looks at the clock before the real
/// parsers run. Between two such looks Markdig does at most one step, so the overshoot is one step, not the rest of
/// the note. Added last to a pipeline: it watches the characters of the parsers added before it.
/// </summary>
internal sealed class MarkdownBudgetExtension : IMarkdownExtension
{
    /// <summary>Key of the budget in <see cref="MarkdownParserContext.Properties"/>.</summary>
    public static readonly object BudgetKey = typeof(RenderBudget);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Emphasis characters are only filled in when the parser list initialises; the descriptors hold them now.
        var inlineCharacters = pipeline.InlineParsers
            .SelectMany(parser => (parser.OpeningCharacters ?? []).Concat(
                parser is EmphasisInlineParser emphasis ? emphasis.EmphasisDescriptors.Select(d => d.Character) : []))
            .Distinct()
            .ToArray();
        var blockCharacters = pipeline.BlockParsers.SelectMany(parser => parser.OpeningCharacters ?? []).Distinct().ToArray();
        pipeline.InlineParsers.Insert(0, new InlineCheckpoint(inlineCharacters));
        pipeline.BlockParsers.Insert(0, new BlockCheckpoint(blockCharacters));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Check(MarkdownParserContext? context)
    {
        if (context is not null && context.Properties.TryGetValue(BudgetKey, out var budget))
            ((RenderBudget)budget).ThrowIfSpent();
    }

    /// <summary>Never matches: only looks at the clock, before the parsers that do match.</summary>
    private sealed class InlineCheckpoint : InlineParser
    {
        public InlineCheckpoint(char[] characters) => OpeningCharacters = characters;

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            Check(processor.Context);
            return false;
        }
    }

    /// <summary>Never opens a block: only looks at the clock, before the parsers that do.</summary>
    private sealed class BlockCheckpoint : BlockParser
    {
        public BlockCheckpoint(char[] characters) => OpeningCharacters = characters;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            Check(processor.Context);
            return BlockState.None;
        }
    }
}
