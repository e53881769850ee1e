using System.Text.RegularExpressions;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Typography of snippets and titles as shown (HTML: text escaped, matches in &lt;mark&gt;): a typed <c>--</c> between
/// words is a dash, and a snippet cut after a full stop does not add "…" to it ("action." not "action.…").
/// Options such as <c>--full</c>, and dashes inside words such as <c>a--b</c> in code, are left as typed. Stateless;
/// thread-safe; linear in the text's length.
/// </summary>
public static partial class SnippetTypography
{
    /// <summary>Dashes, and no ellipsis after a sentence's end.</summary>
    public static string Snippet(string html) => EllipsisAfterStop().Replace(Dashes(html), "$1");

    /// <summary>
    /// " -- " becomes an en dash (spaced, the British and typewriter convention), " --- " an em dash; only between
    /// spaces, so <c>--year</c> and <c>&lt;!--</c> stay as they are.
    /// </summary>
    public static string Dashes(string html) =>
        html.Contains("--", StringComparison.Ordinal) ? SpacedDash().Replace(html, m => m.Groups[1].Length == 3 ? " — " : " – ") : html;

    [GeneratedRegex(" (---?) ")]
    private static partial Regex SpacedDash();

    // A trailing ellipsis right after . ! ? or … (a closing </mark> between them allowed).
    [GeneratedRegex(@"([.!?…](?:</mark>)?)…$")]
    private static partial Regex EllipsisAfterStop();
}
