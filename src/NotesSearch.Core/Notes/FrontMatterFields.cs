namespace NotesSearch.Core.Notes;

/// <summary>
/// The note fields in front matter, with their aliases and checks: each bad value is a
/// <see cref="NoteFormatException"/> on the key's line. Thread-safe (no state).
/// </summary>
internal static class FrontMatterFields
{
    /// <summary>The first of <paramref name="keys"/> with non-blank text, trimmed.</summary>
    /// <exception cref="NoteFormatException">The key holds a list or a table instead of text.</exception>
    public static string? Text(FrontMatter frontMatter, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (frontMatter[key] is not { } value)
                continue;
            var text = value.AsText() ?? throw new NoteFormatException(value.Line, $"{key} must be text, not a list or a table");
            if (!string.IsNullOrWhiteSpace(text))
                return text.Trim();
        }
        return null;
    }

    /// <summary>Keys whose value is the note's own URL path (Zola <c>path</c>, Hugo <c>url</c>, Jekyll <c>permalink</c>), first found wins.</summary>
    private static readonly string[] AddressKeys = ["path", "url", "permalink"];

    /// <summary>The first of <paramref name="keys"/> that is present, as a date; null when none is.</summary>
    /// <param name="frontMatter">The note's front matter.</param>
    /// <param name="keys">The keys to look at, in order (<see cref="ContentConventions.DateKeys"/>).</param>
    /// <param name="slashOrder">How <c>11/04/2016</c> reads.</param>
    /// <exception cref="NoteFormatException">The first key present holds something that is not a date.</exception>
    public static DateTimeOffset? Date(FrontMatter frontMatter, IReadOnlyList<string> keys, SlashDateOrder slashOrder)
    {
        foreach (var key in keys)
        {
            if (frontMatter[key] is not { } value)
                continue;
            if (value.Date is { } native)
                return native;
            var text = Text(frontMatter, key);
            if (text is null)
                continue;
            return NoteDates.TryParse(text, slashOrder, out var date)
                ? date
                : throw new NoteFormatException(value.Line, $"{key} '{text}' is not a date: {NoteDates.Expected}");
        }
        return null;
    }

    /// <summary>
    /// A date in the note's own URL path: <c>path = "2016/04/19/my-post"</c>, <c>url: /2020/07/27/x/</c>;
    /// null when no such key holds <c>YYYY/MM/DD</c>.
    /// </summary>
    public static DateTimeOffset? AddressDate(FrontMatter frontMatter)
    {
        foreach (var key in AddressKeys)
        {
            if (frontMatter[key]?.AsText() is { } text && NoteDates.TryFindInPath(text.Trim(), out var date))
                return date;
        }
        return null;
    }

    /// <summary>
    /// The slug the front matter gives: the note's own URL path (<c>path</c>, <c>url</c>, <c>permalink</c>,
    /// each segment made URL-safe; a link to another site or a pattern with ':' is not one), else
    /// <c>slug</c> as written; leading and trailing '/' dropped. Null when there is none.
    /// </summary>
    /// <exception cref="NoteFormatException">The slug is not URL-safe.</exception>
    public static string? Slug(FrontMatter frontMatter)
    {
        foreach (var key in AddressKeys)
        {
            if (Text(frontMatter, key) is { } address && NoteSlugs.FromAddress(address) is { } fromAddress)
                return fromAddress;
        }
        var slug = Text(frontMatter, "slug")?.Trim('/');
        return string.IsNullOrEmpty(slug) ? null
            : NoteSlugs.IsUrlSafe(slug) ? slug
            : throw new NoteFormatException(frontMatter["slug"]!.Line, $"slug '{slug}' is not URL-safe: {NoteSlugs.Expected}");
    }

    /// <summary>
    /// The values of <paramref name="keys"/> merged in that order (<see cref="ContentConventions.TopicKeys"/>),
    /// each a list or a comma-separated string; duplicates (by key) dropped, the first label kept.
    /// </summary>
    public static IReadOnlyList<Topic> Topics(FrontMatter frontMatter, IReadOnlyList<string> keys)
    {
        List<Topic>? topics = null;
        // A set beside the list: a note may list thousands of topics, and looking each up in the list is quadratic.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (frontMatter[key] is not { } value)
                continue;
            if (value.Items is { } items)
            {
                foreach (var item in items)
                    AddTopic(ref topics, seen, item);
            }
            else if (value.AsText() is { } text)
            {
                foreach (var range in text.AsSpan().Split(','))
                    AddTopic(ref topics, seen, text[range]);
            }
        }
        return topics ?? [];
    }

    /// <summary>The line of the first key topics are read from, for a problem about them; 1 when there is none.</summary>
    public static int TopicsLine(FrontMatter frontMatter, IReadOnlyList<string> keys) =>
        keys.Select(key => frontMatter[key]).FirstOrDefault(value => value is not null)?.Line ?? 1;

    /// <summary><c>draft: true</c> (or yes, on); false when absent.</summary>
    /// <exception cref="NoteFormatException">The value is neither true nor false.</exception>
    public static bool Draft(FrontMatter frontMatter)
    {
        var text = Text(frontMatter, "draft");
        return text?.ToLowerInvariant() switch
        {
            null or "false" or "no" or "off" => false,
            "true" or "yes" or "on" => true,
            // A typo must not publish a draft.
            _ => throw new NoteFormatException(frontMatter["draft"]!.Line, $"draft '{text}' is neither true nor false"),
        };
    }

    private static void AddTopic(ref List<Topic>? topics, HashSet<string> keys, string label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return;
        var topic = Topic.FromLabel(label);
        if (topic.Key.Length == 0 || !keys.Add(topic.Key))
            return;
        topics ??= [];
        topics.Add(topic);
    }
}
