using System.Text;
using System.Xml;

namespace NotesSearch.Web.Feeds;

/// <summary>
/// Drops the characters XML 1.0 cannot hold (control characters, lone surrogates): a query string or a note
/// may contain them, and XmlWriter would throw on them instead of writing the feed.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }
        return clean.Length == text.Length ? text : clean.ToString();
    }
}
