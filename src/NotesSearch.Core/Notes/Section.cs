namespace NotesSearch.Core.Notes;

/// <summary>
/// The part of a site a note is filed under: the top-level folder it sits in (<c>news/</c>, <c>release/</c>),
/// a facet of its own beside topics. The key is normalised as a topic's is (<c>Release Notes</c> →
/// <c>release-notes</c>); the label is the folder's name as written.
/// </summary>
public sealed record Section(string Key, string Label)
{
    /// <summary>
    /// The section of the note at <paramref name="relativePath"/> ('/' separators, relative to the content folder):
    /// its top-level folder, or null for a note directly in the content folder, for a page bundle there
    /// (<c>my-post/index.md</c>: the folder is the note, not a section), for a folder whose name starts with '_'
    /// (Jekyll's <c>_posts</c>, <c>_drafts</c>: the site's machinery, not its parts), for a folder named by digits
    /// alone (<c>2016/04/19/…</c>: a date, not a part of the site), for a folder name with no letter or digit, and
    /// always under <see cref="SectionRule.None"/>.
    /// </summary>
    public static Section? Of(string relativePath, SectionRule rule)
    {
        if (rule == SectionRule.None)
            return null;
        var slash = relativePath.IndexOf('/');
        if (slash <= 0 || relativePath[0] == '_')
            return null;
        var rest = relativePath[(slash + 1)..];
        if (!rest.Contains('/') && rest.StartsWith("index.", StringComparison.OrdinalIgnoreCase))
            return null;
        var folder = relativePath[..slash];
        if (folder.All(char.IsAsciiDigit))
            return null;
        var key = KeyOf(folder);
        return key.Length == 0 ? null : new Section(key, folder);
    }

    /// <summary>
    /// The key of a section's label, normalised as a topic's (<see cref="Topic.KeyOf"/>); empty when the label has no
    /// letter or digit: topic keys spell out or hash a label of symbols, but a folder of symbols alone names no part
    /// of a site, so no section has such a key and a filter on one is a mistake.
    /// </summary>
    public static string KeyOf(string label) => label.Any(char.IsLetterOrDigit) ? Topic.KeyOf(label) : "";
}
