namespace NotesSearch.Core.Notes;

/// <summary>
/// What the site says about itself, from <c>site.yml</c> in the content folder
/// (<c>title: …</c>, <c>intro: …</c>). Immutable.
/// </summary>
/// <param name="Title">The site's name; "Notes" when not set.</param>
/// <param name="Intro">A line or two under the title; empty when not set.</param>
public sealed record SiteInfo(string Title, string Intro)
{
    /// <summary>The name of the file in the content folder.</summary>
    public const string FileName = "site.yml";

    /// <summary>A site without a <c>site.yml</c>.</summary>
    public static SiteInfo Default { get; } = new("Notes", "");

    /// <summary>
    /// Why <c>site.yml</c> could not be used (<c>site.yml:2: …</c>), in which case the rest is the
    /// defaults; null when it was read or is simply absent. A bad <c>site.yml</c> must not keep the
    /// site from starting, so it is reported, never thrown.
    /// </summary>
    public string? Problem { get; init; }

    /// <summary>
    /// <c>sections: top-folder</c> (the default) files each note under its top-level folder, a facet beside topics;
    /// <c>sections: none</c> turns that off. Takes effect at the next index run (or the site's next start).
    /// </summary>
    public SectionRule Sections { get; init; }

    /// <summary>Reads <c>site.yml</c> in <paramref name="contentRoot"/>; defaults when it is absent or bad.</summary>
    public static SiteInfo Load(string contentRoot)
    {
        var path = Path.Combine(contentRoot, FileName);
        if (!File.Exists(path))
            return Default;
        try
        {
            var frontMatter = YamlFrontMatterReader.Read(File.ReadAllText(path), lineOffset: 0, FileName);
            return new SiteInfo(
                FrontMatterFields.Text(frontMatter, "title") ?? Default.Title,
                FrontMatterFields.Text(frontMatter, "intro") ?? Default.Intro)
            {
                Sections = SectionRuleOf(frontMatter),
            };
        }
        catch (NoteFormatException e)
        {
            return Default with { Problem = $"{FileName}:{e.Line}: {e.Message}" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Default with { Problem = $"{FileName}:1: cannot read the file: {e.Message}" };
        }
    }

    /// <exception cref="NoteFormatException">The value is neither <c>top-folder</c> nor <c>none</c>.</exception>
    private static SectionRule SectionRuleOf(FrontMatter frontMatter) =>
        FrontMatterFields.Text(frontMatter, "sections")?.ToLowerInvariant() switch
        {
            null or "top-folder" => SectionRule.TopFolder,
            "none" => SectionRule.None,
            var other => throw new NoteFormatException(frontMatter["sections"]!.Line, $"sections '{other}' is neither top-folder nor none"),
        };
}
