using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp;
using Ganss.Xss;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Renders a note's Markdown as HTML that is safe to put in a page, once, when the note is indexed (the index stores
/// the result; no request parses Markdown). Notes are written by the site's author, but a content folder can come
/// from anywhere (a clone, a pull request, an import), Markdown allows raw HTML, and the API hands the HTML to other
/// clients that have no Content-Security-Policy: so the output always goes through an allow-list sanitiser that keeps
/// only what a note needs (text structure, links, images, tables, highlighted code, heading ids) and
/// drops everything else: scripts, styles, frames, objects, forms and their controls, <c>on*</c> handlers,
/// <c>javascript:</c> and <c>data:</c> URLs. A task list's box is shown as ☑ or ☐ (text, not a form control).
/// Thread-safe: the pipeline and the sanitiser are built once and only read after.
/// </summary>
public static class NoteHtmlRenderer
{
    /// <summary>The elements a note may hold (raw HTML included); anything else is removed with its content.</summary>
    public static IReadOnlySet<string> AllowedElements { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "div", "span", "section",
        "aside", "figure", "figcaption", "details", "summary", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "img", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "kbd", "samp",
        "var", "abbr", "cite", "q", "dfn", "time", "bdi", "bdo", "wbr", "ruby", "rt", "rp",
        // Old markup imported posts still carry: harmless, and removing one would remove its text with it.
        "acronym", "big", "center", "font", "strike", "tt",
    };

    /// <summary>The attributes kept on those elements (URLs in <c>href</c>, <c>src</c> and <c>cite</c> are checked too).</summary>
    public static IReadOnlySet<string> AllowedAttributes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // class carries a code block's language (language-go), its highlighted tokens (hl-keyword) and a table
        // cell's alignment (align-right); id is a heading's anchor, so a link can point into a note. No style: the
        // site's CSP blocks inline styles, so a raw cell's text-align is made a class first (TableAlignment).
        "class", "id", "href", "src", "alt", "title", "width", "height", "align", "valign",
        "colspan", "rowspan", "scope", "headers", "start", "reversed", "type", "datetime", "cite", "lang", "dir",
        "open", "span", "abbr", "color", "size",
    };

    // HtmlSanitizer's sanitising is thread-safe as long as its settings are not changed
    // meanwhile; they are set here, once, before anyone can call it.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>A little of everything the pipeline and the sanitiser handle, to compile their code paths once.</summary>
    private const string WarmUpSample = """
        # Title

        Some *emphasis*, **strong**, ~~struck~~, `code`, [a link](https://go.dev), https://go.dev and a note[^1].

        | a | b |
        |---|--:|
        | 1 | 2 |

        - [x] done
        - [ ] open

        > quoted

        ```
        fmt.Println("hi")
        ```

        <div class="raw" style="text-align: right"><img src="x.png" alt="x"></div>

        [^1]: The footnote.
        """;

    private static readonly Lazy<string> WarmedUp = new(() =>
    {
        var unlimited = new RenderBudget(TimeSpan.MaxValue);
        return Render(NoteMarkdown.Parse(WarmUpSample, unlimited), unlimited);
    });

    /// <summary>
    /// The body <paramref name="markdown"/> as sanitised HTML, within the default budget
    /// (<see cref="NoteParserOptions.DefaultRenderBudget"/>); Markdown nested too deeply or too complex to render
    /// within it is shown as escaped plain text in a <c>pre</c>. Notes being indexed are rendered by the parser instead.
    /// </summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        WarmUp();
        var budget = new RenderBudget(NoteParserOptions.DefaultRenderBudget);
        try
        {
            return Render(NoteMarkdown.Parse(markdown, budget), budget);
        }
        catch (NoteFormatException)
        {
            return "<pre>" + WebUtility.HtmlEncode(markdown) + "</pre>";
        }
    }

    /// <summary>
    /// Renders a small note once, outside any budget, so that the first notes' budgets are not spent compiling
    /// Markdig, the HTML parser and the sanitiser (a second or more on a busy machine). Cheap after the first call.
    /// </summary>
    internal static void WarmUp() => _ = WarmedUp.Value;

    /// <summary>A parsed body as sanitised HTML, within what is left of <paramref name="budget"/>.</summary>
    /// <exception cref="NoteFormatException">The budget ran out.</exception>
    internal static string Render(MarkdownDocument document, RenderBudget budget)
    {
        var html = MarkdigHtml(document, budget);
        budget.ThrowIfSpent();
        return MarkdigOnly(document) ? html : Sanitize(html, budget);
    }

    /// <summary>
    /// A parsed body as Markdig writes it, not sanitised, with tables made CSP-safe (<see cref="TableAlignment"/>) and
    /// code highlighted within <paramref name="budget"/> (unlimited when null).
    /// </summary>
    internal static string MarkdigHtml(MarkdownDocument document, RenderBudget? budget = null)
    {
        TableAlignment.ToClasses(document);
        var renderer = KeptRenderer ?? new ReusableHtmlRenderer();
        KeptRenderer = null;
        var html = renderer.Write(document, budget ?? new RenderBudget(TimeSpan.MaxValue));
        // Only a renderer that finished is kept: one the budget stopped halfway may hold half-set state.
        if (renderer.IsWorthKeeping)
            KeptRenderer = renderer;
        return html;
    }

    /// <summary>This thread's renderer, while no render on this thread is using it.</summary>
    [ThreadStatic]
    private static ReusableHtmlRenderer? KeptRenderer;

    /// <summary>
    /// Markdig's HTML renderer with the pipeline's and our renderers set up once, and used for note after note on one
    /// thread: building one per note (the pipeline's setup, a dozen renderers, Markdig's lookup from syntax type to
    /// renderer filled again, a new string builder grown chunk by chunk) cost as much as writing the HTML.
    /// Not thread-safe: one per thread.
    /// </summary>
    private sealed class ReusableHtmlRenderer : HtmlRenderer
    {
        /// <summary>A builder grown past this (a huge note's HTML), in characters, is not kept for the next note.</summary>
        private const int MaxKeptChars = 1 << 20;

        private readonly HighlightedCodeBlockRenderer codeBlocks = new();

        public ReusableHtmlRenderer()
            : base(new StringWriter(CultureInfo.InvariantCulture))
        {
            NoteMarkdown.Pipeline.Setup(this);
            ObjectRenderers.Replace<HtmlTaskListRenderer>(new TaskBoxRenderer());
            ObjectRenderers.Replace<HtmlTableRenderer>(new TableAlignment.WrappedTableRenderer());
            ObjectRenderers.Replace<CodeBlockRenderer>(codeBlocks);
        }

        private StringBuilder Output => ((StringWriter)Writer).GetStringBuilder();

        public bool IsWorthKeeping => Output.Capacity <= MaxKeptChars;

        /// <summary>The document's HTML, its code highlighted within <paramref name="budget"/>.</summary>
        public string Write(MarkdownDocument document, RenderBudget budget)
        {
            // Empties the writer and the indents, as Markdig's own renderer cache does between documents.
            Reset();
            codeBlocks.Start(budget);
            Render(document);
            Writer.Flush();
            return Output.ToString();
        }
    }

    /// <summary>
    /// True when every element of the HTML comes from Markdig's own renderers, which escape text and attributes: no
    /// raw HTML (blocks or inline), no alert (its renderer writes an <c>svg</c> icon the allow-list drops), and every
    /// link and image URL relative or http, https or mailto. Such HTML is what the sanitiser would give back, so it
    /// is not parsed a second time: sanitising costs about six times the Markdown parse, and most notes hold no HTML.
    /// </summary>
    internal static bool MarkdigOnly(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline or HtmlEntityInline or Markdig.Extensions.Alerts.AlertBlock:
                    return false;
                case LinkInline link when !IsSafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url):
                    return false;
                case AutolinkInline autolink when !IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    return false;
            }
        }
        return true;
    }

    /// <summary>A URL the sanitiser keeps as it is: no scheme (relative, a fragment), or http, https or mailto.</summary>
    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        var colon = url.IndexOf(':');
        if (colon < 0)
            return true;
        // A colon after the first '/', '?' or '#' is part of a path or query, not a scheme (RFC 3986 §4.2).
        var firstDelimiter = url.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
            return true;
        var scheme = url[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What <see cref="HtmlSanitizer.Sanitize"/> does, with the HTML parse cancelled when the budget runs out: parsing
    /// is where deeply nested HTML costs (quadratic in the depth: 40,000 nested divs take 12 s). Sanitising and writing
    /// the tree cost a fraction of parsing it, and the budget is looked at again after each.
    /// </summary>
    internal static string Sanitize(string html, RenderBudget budget)
    {
        using var cancel = budget.CancelWhenSpent();
        AngleSharp.Html.Dom.IHtmlDocument dom;
        try
        {
            dom = Sanitizer.HtmlParserFactory().ParseDocumentAsync("<!doctype html><html><body>" + html, cancel.Token)
                .GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            throw budget.Exceeded();
        }
        using (dom)
        {
            if (dom.Body is null)
                return "";
            budget.ThrowIfSpent();
            TableAlignment.ToClasses(dom.Body);
            Sanitizer.SanitizeDom(dom, dom.Body);
            budget.ThrowIfSpent();
            var output = dom.Body.ChildNodes.ToHtml(Sanitizer.OutputFormatter);
            budget.ThrowIfSpent();
            return output;
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(AllowedElements);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(AllowedAttributes);
        // Only http, https and relative URLs by default; mailto: for e-mail autolinks.
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }

    /// <summary>A task list item's box as a character (☑ done, ☐ open) instead of a disabled checkbox input.</summary>
    private sealed class TaskBoxRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj) =>
            renderer.Write(obj.Checked ? "☑" : "☐");
    }
}
