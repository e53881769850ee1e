using System.Text;

namespace NotesSearch.Core.Searching;

/// <summary>Minimal HTML escaping for text nodes and attribute values (only what HTML needs; non-ASCII stays as is).</summary>
internal static class HtmlText
{
    public static StringBuilder Append(StringBuilder html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
        return html;
    }

    public static string Escape(string text) => Append(new StringBuilder(text.Length + 16), text, 0, text.Length).ToString();
}
