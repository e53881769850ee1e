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

    /// <summary>Parses the bytes of a file at <paramref name="relativePath"/> (with '/' separators); no file system.</summary>
    public NoteFile Parse(string relativePath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var path = relativePath.Replace('\\', '/');
        if (bytes.LongLength > options.MaxFileBytes)
            return TooBig(path, bytes.LongLength);
        try
        {
            var text = NoteBytes.Decode(bytes);
            var frontMatter = FrontMatterReader.Read(text, out var bodyStart);
            if (RedirectOf(frontMatter) is { } target)
                return NoteFile.Failed(new NoteProblem(path, 1, $"redirect stub to {target}: not a note, skipped", IsError: false));
            return NoteFile.Ok(Filed(Build(path, bytes, frontMatter, text[bodyStart..])));
        }
        catch (NoteFormatException e)
        {
            return NoteFile.Failed(new NoteProblem(path, e.Line, e.Message));
        }
    }

    internal NoteFile ReadRelative(string relativePath, string fullPath)
    {
        try
        {
            using var file = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(file);
            if (length > options.MaxFileBytes)
                return TooBig(relativePath, length);
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = RandomAccess.Read(file, bytes.AsSpan(read), read);
                if (count == 0)
                    break;
                read += count;
            }
            // A file cut short while it was read: parse what is there.
            return Parse(relativePath, read == bytes.Length ? bytes : bytes[..read]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NoteFile.Failed(new NoteProblem(relativePath, 1, $"cannot read the file: {e.Message}"));
        }
    }

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

    private static Note Build(string path, byte[] bytes, FrontMatter frontMatter, string markdown)
    {
        var name = NoteSlugs.NameOf(path);
        var hasDatePrefix = NoteDates.TryParsePrefix(name, out var nameDate, out var prefixLength);
        var date = FrontMatterFields.Date(frontMatter) ?? (hasDatePrefix
            ? nameDate
            : throw new NoteFormatException(1, "no date: add 'date: YYYY-MM-DD' to the front matter, or start the file name with YYYY-MM-DD-"));
        var bareName = hasDatePrefix && prefixLength < name.Length ? name[prefixLength..] : name;
        var slug = FrontMatterFields.Slug(frontMatter) ?? SlugFromName(bareName);
        var document = NoteMarkdown.Parse(markdown);
        var title = FrontMatterFields.Text(frontMatter, "title")
            ?? MarkdownPlainText.FirstTitle(document)
            ?? bareName.Replace('-', ' ').Replace('_', ' ').Trim();
        return new Note(
            Slug: slug,
            Title: title,
            Date: date,
            Topics: FrontMatterFields.Topics(frontMatter),
            Summary: FrontMatterFields.Text(frontMatter, "summary", "description", "subtitle") ?? "",
            Markdown: markdown,
            Text: MarkdownPlainText.Of(document),
            Draft: FrontMatterFields.Draft(frontMatter),
            Path: path,
            Hash: Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>
    /// The note with its <see cref="Note.Section"/>, from its path and the site's rule. The section is folded into
    /// the hash, so a note moved to another folder, or a site that turns sections off, is rewritten by the next
    /// index run although its bytes are the same.
    /// </summary>
    private Note Filed(Note note) => Section.Of(note.Path, options.Sections) is { } section
        ? note with { Section = section, Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{note.Hash}\n{section.Label}"))) }
        : note;

    private static string SlugFromName(string name)
    {
        var slug = NoteSlugs.FromName(name);
        return slug.Length > 0
            ? slug
            : throw new NoteFormatException(1, $"the file name '{name}' gives no URL-safe slug: add 'slug:' to the front matter ({NoteSlugs.Expected})");
    }
}
