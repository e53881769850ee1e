using System.Security.Cryptography;
using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Turns one Markdown file into a <see cref="Note"/>, or into the one-line <see cref="NoteProblem"/>
/// that says why it is not one (the rules are in the spec's "Notes on disk"). Bad input never
/// throws. Build one and share it: it holds no per-note state and is thread-safe, so the
/// <see cref="ContentScanner"/> calls it from every core at once.
/// </summary>
public sealed class NoteParser(NoteParserOptions? options = null)
{
    private readonly NoteParserOptions options = options ?? NoteParserOptions.Default;

    /// <summary>The options this parser was built with.</summary>
    public NoteParserOptions Options => options;

    /// <summary>
    /// Reads and parses <paramref name="fullPath"/>; a file over <see cref="NoteParserOptions.MaxFileBytes"/>
    /// is reported from its length alone, without reading it.
    /// </summary>
    /// <param name="contentRoot">The content folder: the note's path is given relative to it.</param>
    /// <param name="fullPath">The file.</param>
    public NoteFile ReadFile(string contentRoot, string fullPath) =>
        ReadRelative(Path.GetRelativePath(contentRoot, fullPath).Replace('\\', '/'), fullPath);

    /// <summary>
    /// Parses the bytes of a file at <paramref name="relativePath"/> (with '/' separators). Without
    /// <paramref name="contentRoot"/> no file is read, so DocFX includes (<c>[!INCLUDE[…](…)]</c>) are dropped.
    /// </summary>
    /// <param name="relativePath">Where the file is, relative to the content folder.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="contentRoot">The content folder, for the includes a note names; null to read no other file.</param>
    public NoteFile Parse(string relativePath, byte[] bytes, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var path = relativePath.Replace('\\', '/');
        if (bytes.LongLength > options.MaxFileBytes)
            return TooBig(path, bytes.LongLength);
        if (NonNotePages.ByPath(path) is { } pathReason)
            return Skipped(path, pathReason);
        return ParseChecked(path, bytes, contentRoot);
    }

    /// <summary><see cref="Parse"/> of a file whose path and size were looked at already.</summary>
    private NoteFile ParseChecked(string path, byte[] bytes, string? contentRoot)
    {
        try
        {
            var text = NoteBytes.Decode(bytes);
            var frontMatter = FrontMatterReader.Read(text, out var bodyStart);
            if (RedirectOf(frontMatter) is { } target)
                return Skipped(path, $"redirect stub to {target}: not a note, skipped");
            var body = text[bodyStart..];
            var date = DateOf(path, frontMatter);
            if (date is null && NonNotePages.WithoutDate(path, frontMatter, body) is { } pageReason)
                return Skipped(path, pageReason);
            return Build(path, bytes, frontMatter, body, date ?? throw NoDate(frontMatter), contentRoot);
        }
        catch (NoteFormatException e)
        {
            return NoteFile.Failed(new NoteProblem(path, e.Line, e.Message));
        }
    }

    internal NoteFile ReadRelative(string relativePath, string fullPath)
    {
        // Skipped by its path alone: not worth reading.
        if (NonNotePages.ByPath(relativePath) is { } pathReason)
            return Skipped(relativePath, pathReason);
        try
        {
            using var file = RegularFile.OpenRead(fullPath);
            var length = RandomAccess.GetLength(file);
            if (length > options.MaxFileBytes)
                return TooBig(relativePath, length);
            // A file cut short while it was read: parse what is there.
            var parsed = ParseChecked(relativePath, RegularFile.Read(file, length), ContentRootOf(relativePath, fullPath));
            return parsed.IsNote
                ? parsed with { Note = parsed.Note with { Modified = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) } }
                : parsed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NoteFile.Failed(new NoteProblem(relativePath, 1, $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>The content folder <paramref name="fullPath"/> is in, given its relative path; null when they do not match.</summary>
    private static string? ContentRootOf(string relativePath, string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var relative = relativePath.Replace('/', Path.DirectorySeparatorChar);
        return full.EndsWith(relative, StringComparison.Ordinal) ? full[..^relative.Length] : null;
    }

    private static NoteFile Skipped(string path, string reason) =>
        NoteFile.Failed(new NoteProblem(path, 1, reason, IsError: false));

    private NoteFile TooBig(string path, long length) =>
        NoteFile.Failed(new NoteProblem(path, 1, FileSizes.OverLimit(length, options.MaxFileBytes)));

    /// <summary>
    /// A file whose front matter says <c>redirect:</c> without a title and a date of its own is
    /// a stub left where a note used to be, not a note.
    /// </summary>
    private static string? RedirectOf(FrontMatter frontMatter) =>
        frontMatter["redirect"] is { } redirect && !(frontMatter.Contains("title") && frontMatter.Contains("date"))
            ? redirect.AsText() ?? "?"
            : null;

    /// <summary>
    /// The publication date: the first date key (<see cref="ContentConventions.DateKeys"/>), else a
    /// <c>YYYY-MM-DD-</c> file-name prefix (Jekyll's <c>_posts</c> too), else <c>YYYY/MM/DD</c> in the
    /// note's <c>path</c>/<c>url</c>/<c>permalink</c>, else in its folders; null when there is none.
    /// </summary>
    private DateTimeOffset? DateOf(string path, FrontMatter frontMatter)
    {
        var conventions = options.Conventions;
        if (FrontMatterFields.Date(frontMatter, conventions.DateKeys, conventions.SlashDates) is { } date)
            return date;
        if (NoteDates.TryParsePrefix(NoteSlugs.NameOf(path), out var nameDate, out _))
            return nameDate;
        if (FrontMatterFields.AddressDate(frontMatter) is { } addressDate)
            return addressDate;
        return NoteDates.TryFindInPath(path, out var folderDate) ? folderDate : null;
    }

    /// <summary>"no date", with the fix in the front matter's own syntax.</summary>
    private NoteFormatException NoDate(FrontMatter frontMatter)
    {
        var key = options.Conventions.DateKeys.Count > 0 ? options.Conventions.DateKeys[0] : "date";
        var example = frontMatter.IsToml ? $"{key} = YYYY-MM-DD" : $"{key}: YYYY-MM-DD";
        return new NoteFormatException(1, $"no date: add '{example}' to the front matter, or start the file name with YYYY-MM-DD-");
    }

    private NoteFile Build(string path, byte[] bytes, FrontMatter frontMatter, string markdown, DateTimeOffset date, string? contentRoot)
    {
        var conventions = options.Conventions;
        var name = NoteSlugs.NameOf(path);
        var hasDatePrefix = NoteDates.TryParsePrefix(name, out _, out var prefixLength);
        var bareName = hasDatePrefix && prefixLength < name.Length ? name[prefixLength..] : name;
        var slug = FrontMatterFields.Slug(frontMatter) ?? FileSlug(path, bareName, conventions.Slugs);
        var (topics, warnings) = CappedTopics(path, frontMatter);
        var isGoTemplate = FrontMatterFields.Text(frontMatter, "template") is { } template && template.Equals("true", StringComparison.OrdinalIgnoreCase);
        // One parse gives the text to index, the title and the HTML to show, all within one budget.
        NoteHtmlRenderer.WarmUp();
        var budget = new RenderBudget(options.RenderBudget);
        markdown = ForeignSyntax.Translate(markdown, new BodySource(path, path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase), isGoTemplate, contentRoot, budget));
        var document = NoteMarkdown.Parse(markdown, budget);
        var title = FrontMatterFields.Text(frontMatter, "title")
            ?? MarkdownPlainText.FirstTitle(document)
            ?? bareName.Replace('-', ' ').Replace('_', ' ').Trim();
        markdown = RepeatedTitle.Remove(markdown, document, title);
        // The plain text's block positions give each block its anchor id before the HTML is written.
        var spans = new List<BlockSpan>();
        var text = MarkdownPlainText.Of(document, spans, markdown.Length);
        var anchors = BlockAnchors.Assign(text, spans);
        var note = new Note(
            Slug: slug,
            Title: title,
            Date: date,
            Topics: topics,
            Summary: FrontMatterFields.Text(frontMatter, "summary", "description", "subtitle") ?? "",
            Markdown: markdown,
            Text: text,
            Draft: FrontMatterFields.Draft(frontMatter) || NonNotePages.IsInDraftsFolder(path),
            Path: path,
            Hash: Convert.ToHexStringLower(SHA256.HashData(bytes)))
        {
            Html = NoteHtmlRenderer.Render(document, budget),
            Anchors = anchors,
            Updated = FrontMatterFields.Date(frontMatter, conventions.UpdatedKeys, conventions.SlashDates),
        };
        return NoteFile.Ok(Filed(note)) with { Warnings = warnings };
    }

    /// <summary>The note's first <see cref="NoteParserOptions.MaxTopics"/> topics, and a warning naming how many were left out.</summary>
    private (IReadOnlyList<Topic> Topics, IReadOnlyList<NoteProblem> Warnings) CappedTopics(string path, FrontMatter frontMatter)
    {
        var keys = options.Conventions.TopicKeys;
        var topics = FrontMatterFields.Topics(frontMatter, keys);
        if (topics.Count <= options.MaxTopics)
            return (topics, []);
        var warning = new NoteProblem(path, FrontMatterFields.TopicsLine(frontMatter, keys),
            $"{topics.Count} topics: only the first {options.MaxTopics} are kept ({topics.Count - options.MaxTopics} left out)", IsError: false);
        return (topics.Take(options.MaxTopics).ToArray(), [warning]);
    }

    /// <summary>The slug a file gives when its front matter names none (<see cref="SlugRule"/>).</summary>
    private static string FileSlug(string path, string bareName, SlugRule rule)
    {
        var name = SlugFromName(bareName);
        if (rule == SlugRule.Name)
            return name;
        var slug = new System.Text.StringBuilder();
        foreach (var folder in NoteSlugs.FoldersOf(path))
            slug.Append(SlugFromName(folder, "folder name")).Append('/');
        return slug.Append(name).ToString();
    }

    /// <summary>
    /// The note with its <see cref="Note.Section"/>, from its path and the site's rule. The section is folded into
    /// the hash, so a note moved to another folder, or a site that turns sections off, is rewritten by the next
    /// index run although its bytes are the same.
    /// </summary>
    private Note Filed(Note note) => Section.Of(note.Path, options.Conventions.Sections) is { } section
        ? note with { Section = section, Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{note.Hash}\n{section.Label}"))) }
        : note;

    private static string SlugFromName(string name, string what = "file name")
    {
        var slug = NoteSlugs.FromName(name);
        return slug.Length > 0
            ? slug
            : throw new NoteFormatException(1, $"the {what} '{name}' gives no URL-safe slug: add 'slug:' to the front matter ({NoteSlugs.Expected})");
    }
}
