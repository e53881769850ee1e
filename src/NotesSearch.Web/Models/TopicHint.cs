using NotesSearch.Core.Notes;

namespace NotesSearch.Web.Models;

/// <summary>
/// Whether a topic explains a match: it shares a word with the query, a word being letters and digits, compared
/// without case; a word that begins the other counts ("cache" and "caches"), from two letters on. Bounded: the
/// first <see cref="MaxWords"/> words of a query are compared.
/// </summary>
internal static class TopicHint
{
    public const int MaxWords = 64;

    /// <summary>The query's words (letters and digits, lower case), query syntax such as <c>topic:</c> or <c>-</c> aside.</summary>
    public static IReadOnlyList<string> Words(string query) =>
        Split(query).Where(w => w.Length >= 2 && w is not ("or" or "and" or "not")).Take(MaxWords).Distinct().ToArray();

    public static bool Shares(IReadOnlyList<string> queryWords, Topic topic) =>
        Split(topic.Label).Concat(Split(topic.Key)).Where(w => w.Length >= 2)
            .Any(word => queryWords.Any(q => word.StartsWith(q, StringComparison.Ordinal) || q.StartsWith(word, StringComparison.Ordinal)));

    private static IEnumerable<string> Split(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
