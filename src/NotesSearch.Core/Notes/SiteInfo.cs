namespace NotesSearch.Core.Notes;

/// <summary>
/// What the site says about itself, from <c>site.yml</c> in the content folder
/// (<c>title: …</c>, <c>intro: …</c>, <c>author: …</c>, and the <see cref="ContentConventions"/> settings). Immutable.
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

    /// <summary>The author's name (<c>author: …</c>), the author of the site's feeds; null when not set (the title stands in).</summary>
    public string? Author { get; init; }

    /// <summary>The content folder's conventions (date keys, slugs, sections); the defaults when not set.</summary>
    public ContentConventions Conventions { get; init; } = ContentConventions.Default;

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
                Author = FrontMatterFields.Text(frontMatter, "author") is { } author && !string.IsNullOrWhiteSpace(author) ? author.Trim() : null,
                Conventions = ContentConventions.From(frontMatter),
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
}
