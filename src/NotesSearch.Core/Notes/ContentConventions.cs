namespace NotesSearch.Core.Notes;

/// <summary>Where a note's section (a facet of its own) comes from.</summary>
public enum SectionRule
{
    /// <summary>The note's top-level folder (<c>news/</c>, <c>mfc/</c>); a note at the top has none.</summary>
    TopFolder,

    /// <summary>No sections.</summary>
    None,
}

/// <summary>How a note's slug is made when its front matter names none.</summary>
public enum SlugRule
{
    /// <summary>
    /// The file's folder path and its name (<c>news/meetup.md</c> → <c>news/meetup</c>): unique without
    /// looking at other files, so a slug never changes when another file comes or goes.
    /// </summary>
    Path,

    /// <summary>The file name alone (<c>news/meetup.md</c> → <c>meetup</c>); two files with one name are a duplicate-slug error.</summary>
    Name,
}

/// <summary>How a date written with slashes (<c>11/04/2016</c>) is read.</summary>
public enum SlashDateOrder
{
    /// <summary>Month/day/year, as DocFX (<c>ms.date</c>) and the US write it.</summary>
    MonthFirst,

    /// <summary>Day/month/year.</summary>
    DayFirst,
}

/// <summary>
/// The conventions of a content folder that an author may want to change, from <c>site.yml</c>
/// (see the README): which front matter keys hold the date, the "updated" date and the topics,
/// how slash dates read, how slugs are made and which folder is a section. Immutable.
/// </summary>
public sealed record ContentConventions
{
    /// <summary>The defaults, which read Hugo, Zola, Jekyll, Docusaurus, DocFX and Go blog content as it is.</summary>
    public static ContentConventions Default { get; } = new();

    /// <summary>Keys holding the publication date, the first present wins (<c>date_keys:</c> in site.yml).</summary>
    public IReadOnlyList<string> DateKeys { get; init; } = ["date", "publishDate", "pubDate", "published", "ms.date"];

    /// <summary>Keys holding the date of the last change, shown as "updated" (<c>updated_keys:</c> in site.yml).</summary>
    public IReadOnlyList<string> UpdatedKeys { get; init; } = ["lastmod", "updated", "modified", "last_modified_at"];

    /// <summary>Keys whose values are merged, in this order, into the note's topics (<c>topic_keys:</c> in site.yml).</summary>
    public IReadOnlyList<string> TopicKeys { get; init; } = ["topics", "tags", "categories", "category", "series", "ms.topic"];

    /// <summary>How <c>11/04/2016</c> reads (<c>slash_dates: month-first|day-first</c>).</summary>
    public SlashDateOrder SlashDates { get; init; } = SlashDateOrder.MonthFirst;

    /// <summary>How slugs are made (<c>slugs: path|name</c>).</summary>
    public SlugRule Slugs { get; init; } = SlugRule.Path;

    /// <summary>Which folder is a note's section (<c>sections: top-folder|none</c>).</summary>
    public SectionRule Sections { get; init; } = SectionRule.TopFolder;

    /// <summary>Sequence equality, so two conventions read from the same site.yml are equal.</summary>
    public bool Equals(ContentConventions? other) =>
        other is not null && DateKeys.SequenceEqual(other.DateKeys) && UpdatedKeys.SequenceEqual(other.UpdatedKeys)
        && TopicKeys.SequenceEqual(other.TopicKeys) && SlashDates == other.SlashDates && Slugs == other.Slugs
        && Sections == other.Sections;

    public override int GetHashCode() => HashCode.Combine(DateKeys.Count, UpdatedKeys.Count, TopicKeys.Count, SlashDates, Slugs, Sections);

    /// <summary>The conventions set in a parsed <c>site.yml</c>; a key left out keeps its default.</summary>
    /// <exception cref="NoteFormatException">A setting has a value it cannot take (its line and the values it can).</exception>
    internal static ContentConventions From(FrontMatter siteYml) => new()
    {
        DateKeys = Keys(siteYml, "date_keys") ?? Default.DateKeys,
        UpdatedKeys = Keys(siteYml, "updated_keys") ?? Default.UpdatedKeys,
        TopicKeys = Keys(siteYml, "topic_keys") ?? Default.TopicKeys,
        SlashDates = Choice(siteYml, "slash_dates", Default.SlashDates, ("month-first", SlashDateOrder.MonthFirst), ("day-first", SlashDateOrder.DayFirst)),
        Slugs = Choice(siteYml, "slugs", Default.Slugs, ("path", SlugRule.Path), ("name", SlugRule.Name)),
        Sections = Choice(siteYml, "sections", Default.Sections, ("top-folder", SectionRule.TopFolder), ("none", SectionRule.None)),
    };

    /// <summary>A list of keys, or one comma-separated string; an empty list turns the convention off.</summary>
    private static string[]? Keys(FrontMatter siteYml, string setting)
    {
        if (siteYml[setting] is not { } value)
            return null;
        var items = value.Items ?? value.AsText()?.Split(',') ?? throw new NoteFormatException(value.Line, $"{setting} must be a list of front matter keys");
        return [.. items.Select(k => k.Trim()).Where(k => k.Length > 0)];
    }

    private static T Choice<T>(FrontMatter siteYml, string setting, T fallback, params ReadOnlySpan<(string Name, T Value)> choices)
    {
        if (FrontMatterFields.Text(siteYml, setting) is not { } text)
            return fallback;
        foreach (var (name, value) in choices)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        var names = new List<string>();
        foreach (var choice in choices)
            names.Add(choice.Name);
        throw new NoteFormatException(siteYml[setting]!.Line, $"{setting} '{text}' is not one of {string.Join(", ", names)}");
    }
}
