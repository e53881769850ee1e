using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Markdig's code block renderer, with a fenced block whose language <see cref="CodeHighlighter"/> knows written as
/// highlighted spans. The markup stays Markdig's (<c>&lt;pre&gt;&lt;code class="language-go"&gt;</c>). Highlighting
/// may spend at most half of what is left of the note's <see cref="RenderBudget"/>, so it never makes a note fail
/// that would render plain: a block it cannot finish in time is written plain, and so are the blocks after it.
/// Not thread-safe: one per renderer, <see cref="Start"/>ed for each document it renders.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer : CodeBlockRenderer
{
    private RenderBudget budget = new(TimeSpan.MaxValue);
    private bool gaveUp;

    /// <summary>Readies the renderer for a new document, whose code may take what <paramref name="budget"/> leaves.</summary>
    public void Start(RenderBudget budget)
    {
        this.budget = budget;
        gaveUp = false;
    }

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (gaveUp || obj is not FencedCodeBlock { Info: { Length: > 0 } info } || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, obj);
            return;
        }
        var code = Code(obj);
        var html = CodeHighlighter.Highlight(code, info, budget.Remaining / 2, budget);
        if (html is null)
        {
            gaveUp = code.Length <= CodeHighlighter.MaxCodeLength && budget.Remaining < TimeSpan.FromSeconds(1);
            base.Write(renderer, obj);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<pre><code").WriteAttributes(obj).Write('>');
        renderer.Write(html);
        renderer.WriteLine("</code></pre>");
        renderer.EnsureLine();
    }

    /// <summary>The block's lines, each ending in '\n', as Markdig writes them (unescaped).</summary>
    private static string Code(CodeBlock block)
    {
        var lines = block.Lines;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        return text.ToString();
    }
}
