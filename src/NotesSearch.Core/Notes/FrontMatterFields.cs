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

    /// <summary>The <c>date</c>, or null when there is none.</summary>
    /// <exception cref="NoteFormatException">The date is not a date.</exception>
    public static DateTimeOffset? Date(FrontMatter frontMatter)
    {
        if (frontMatter["date"] is not { } value)
            return null;
        if (value.Date is { } native)
            return native;
        var text = Text(frontMatter, "date");
        if (text is null)
            return null;
        return NoteDates.TryParse(text, out var date)
            ? date
            : throw new NoteFormatException(value.Line, $"date '{text}' is not a date: {NoteDates.Expected}");
    }

    /// <summary>The <c>slug</c> as written, or null when there is none.</summary>
    /// <exception cref="NoteFormatException">The slug is not URL-safe.</exception>
    public static string? Slug(FrontMatter frontMatter)
    {
        var slug = Text(frontMatter, "slug");
        return slug is null || NoteSlugs.IsUrlSafe(slug)
            ? slug
            : throw new NoteFormatException(frontMatter["slug"]!.Line, $"slug '{slug}' is not URL-safe: {NoteSlugs.Expected}");
    }

    /// <summary>The keys topics are read from, in this order.</summary>
    private static readonly string[] TopicKeys = ["topics", "tags", "categories"];

    /// <summary>
    /// <c>topics</c>, <c>tags</c> and <c>categories</c> merged in that order, each a list or a
    /// comma-separated string; duplicates (by key) dropped, the first label kept.
    /// </summary>
    public static IReadOnlyList<Topic> Topics(FrontMatter frontMatter)
    {
        List<Topic>? topics = null;
        // A set beside the list: a note may list thousands of topics, and looking each up in the list is quadratic.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in TopicKeys)
        {
            if (frontMatter[key] is not { } value)
                continue;
            if (value.Items is { } items)
            {
                foreach (var item in items)
                    AddTopic(ref topics, keys, item);
            }
            else if (value.AsText() is { } text)
            {
                foreach (var range in text.AsSpan().Split(','))
                    AddTopic(ref topics, keys, text[range]);
            }
        }
        return topics ?? [];
    }

    /// <summary>The line of the first key topics are read from, for a problem about them; 1 when there is none.</summary>
    public static int TopicsLine(FrontMatter frontMatter) =>
        TopicKeys.Select(key => frontMatter[key]).FirstOrDefault(value => value is not null)?.Line ?? 1;

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
