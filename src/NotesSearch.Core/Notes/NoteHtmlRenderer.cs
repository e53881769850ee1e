using System.Net;
using Ganss.Xss;
using Markdig;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Renders a note's Markdown as HTML that is safe to put in a page. Notes are written by the
/// site's author, but a content folder can come from anywhere (a clone, a pull request, an
/// import), and Markdown allows raw HTML: so the output always goes through an allow-list
/// sanitiser that keeps what Markdown makes (tables, code with its language class, images,
/// task lists, heading ids) and the harmless raw HTML people write, and drops scripts,
/// <c>on*</c> handlers, <c>javascript:</c> and <c>data:</c> URLs and anything else not allowed.
/// Thread-safe: the pipeline and the sanitiser are built once and only read after.
/// </summary>
public static class NoteHtmlRenderer
{
    // HtmlSanitizer's Sanitize is thread-safe as long as its settings are not changed
    // meanwhile; they are set here, once, before anyone can call it.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The note body as sanitised HTML.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string html;
        try
        {
            html = Markdown.ToHtml(markdown, NoteMarkdown.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses hostile nesting (thousands of '>' or '['); such a note is
            // reported by the parser, and if it is shown anyway it is shown as plain text.
            return "<pre>" + WebUtility.HtmlEncode(markdown) + "</pre>";
        }
        return Sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // class carries a code block's language (language-go) for highlighting; id is a
        // heading's anchor, so a link can point into a note.
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        // Only http, https and relative URLs by default; mailto: for e-mail autolinks.
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
