using AngleSharp.Dom;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Tables as the site can show them under its Content-Security-Policy (no inline styles): a column's alignment is a
/// class on each cell (<c>align-left</c>, <c>align-center</c>, <c>align-right</c>), never Markdig's
/// <c>style="text-align: …"</c>, and every table sits in a <c>&lt;div class="table-wrap"&gt;</c> that scrolls on its
/// own when the table is wider than the page (so cells need not break inside words or numbers). Applied to the
/// Markdown tree before rendering, and to raw HTML tables before sanitising; both give the same markup.
/// </summary>
internal static class TableAlignment
{
    /// <summary>The class of the element every table is wrapped in.</summary>
    public const string WrapClass = "table-wrap";

    /// <summary>Moves each pipe table's column alignments onto its cells as classes (Markdig then writes no style).</summary>
    public static void ToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
                continue;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell)
                        continue;
                    // The column Markdig's HtmlTableRenderer would look up for this cell.
                    var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    if (ClassOf(columns[Math.Min(index, columns.Count - 1)].Alignment) is { } cls)
                        cell.GetAttributes().AddClass(cls);
                }
            }
            foreach (var column in columns)
                column.Alignment = null;
        }
    }

    /// <summary>
    /// In raw HTML (before sanitising, which drops every <c>style</c>): a cell's <c>text-align</c> style becomes its
    /// class, and a table not already wrapped gets the wrapper.
    /// </summary>
    public static void ToClasses(IElement body)
    {
        foreach (var cell in body.QuerySelectorAll("td[style], th[style]"))
        {
            if (AlignmentOf(cell.GetAttribute("style")!) is { } cls)
                cell.ClassList.Add(cls);
        }
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            if (table.ParentElement is { } parent && parent.LocalName == "div" && parent.ClassList.Contains(WrapClass))
                continue;
            var wrap = table.Owner!.CreateElement("div");
            wrap.ClassList.Add(WrapClass);
            table.Parent!.InsertBefore(wrap, table);
            wrap.AppendChild(table);
        }
    }

    private static string? ClassOf(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Left => "align-left",
        TableColumnAlign.Center => "align-center",
        TableColumnAlign.Right => "align-right",
        _ => null,
    };

    private static string? AlignmentOf(string style)
    {
        foreach (var declaration in style.Split(';'))
        {
            var parts = declaration.Split(':', 2);
            if (parts.Length == 2 && parts[0].Trim().Equals("text-align", StringComparison.OrdinalIgnoreCase))
            {
                return parts[1].Trim().ToLowerInvariant() switch
                {
                    "left" or "start" => "align-left",
                    "center" => "align-center",
                    "right" or "end" => "align-right",
                    _ => null,
                };
            }
        }
        return null;
    }

    /// <summary>Markdig's table renderer inside the scrolling wrapper.</summary>
    internal sealed class WrappedTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                base.Write(renderer, table);
                return;
            }
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"" + WrapClass + "\">");
            base.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
