namespace NotesSearch.Core.Notes;

public static class NoteHtmlRenderer
{
    public static string ToHtml(string markdown) => System.Net.WebUtility.HtmlEncode(markdown);
}
