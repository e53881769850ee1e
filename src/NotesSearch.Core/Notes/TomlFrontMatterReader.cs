using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace NotesSearch.Core.Notes;

/// <summary>Reads TOML front matter (between <c>+++</c> lines) with Tomlyn. Thread-safe (no state).</summary>
internal static class TomlFrontMatterReader
{
    /// <summary>Reads the top-level keys of <paramref name="toml"/>.</summary>
    /// <param name="toml">The TOML text.</param>
    /// <param name="lineOffset">Added to TOML line numbers to give the file's line numbers.</param>
    /// <exception cref="NoteFormatException">The TOML does not parse.</exception>
    public static FrontMatter Read(string toml, int lineOffset)
    {
        TomlTable? table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(toml);
        }
        catch (TomlException e)
        {
            throw new NoteFormatException(Math.Max(e.Line ?? 1, 1) + lineOffset, $"front matter does not parse: {FirstDiagnostic(e.Message)}");
        }

        var frontMatter = new FrontMatter { IsToml = true };
        if (table is null)
            return frontMatter;
        foreach (var (key, value) in table)
        {
            // Tomlyn's table model keeps no positions, so the key's line is found in the text.
            var line = KeyLine(toml, key) + lineOffset;
            frontMatter.Add(key, ToValue(value, line));
        }
        // Zola keeps tags and categories in a [taxonomies] table: read them as top-level keys
        // (after the real top-level keys, so one written there wins).
        if (table.TryGetValue("taxonomies", out var taxonomies) && taxonomies is TomlTable terms)
        {
            var line = TableLine(toml, "taxonomies") + lineOffset;
            foreach (var (key, value) in terms)
                frontMatter.Add(key, ToValue(value, line));
        }
        return frontMatter;
    }

    private static FrontMatterValue ToValue(object? value, int line) => value switch
    {
        TomlDateTime date when date.Kind is TomlDateTimeKind.LocalTime => new(line, Text: date.ToString()),
        TomlDateTime date when date.Kind is TomlDateTimeKind.LocalDate or TomlDateTimeKind.LocalDateTime =>
            new(line, Date: new DateTimeOffset(date.DateTime.DateTime, TimeSpan.Zero)),
        TomlDateTime date => new(line, Date: date.DateTime),
        TomlArray array => new(line, Items: [.. array.Select(Scalar).OfType<string>()]),
        TomlTable or TomlTableArray or null => new(line),
        _ => new(line, Text: Scalar(value)),
    };

    /// <summary>A scalar as text: strings as they are, booleans lower case, numbers invariant.</summary>
    private static string? Scalar(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        TomlDateTime date => date.ToString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The 1-based line of top-level <paramref name="key"/> (bare or quoted), else 1.</summary>
    private static int KeyLine(string toml, string key)
    {
        var line = 1;
        foreach (var range in toml.AsSpan().Split('\n'))
        {
            var text = toml.AsSpan(range).TrimStart();
            if (text.StartsWith('['))
                break;
            if (StartsWithKey(text, key))
                return line;
            line++;
        }
        return 1;
    }

    /// <summary>The 1-based line of the <c>[name]</c> table header, else 1.</summary>
    private static int TableLine(string toml, string name)
    {
        var line = 1;
        foreach (var range in toml.AsSpan().Split('\n'))
        {
            var text = toml.AsSpan(range).Trim();
            if (text.StartsWith('[') && text.TrimStart('[').TrimEnd(']').Trim().SequenceEqual(name))
                return line;
            line++;
        }
        return 1;
    }

    private static bool StartsWithKey(ReadOnlySpan<char> text, string key)
    {
        if (text.Length > 0 && text[0] is '"' or '\'')
            text = text[1..];
        if (!text.StartsWith(key, StringComparison.Ordinal))
            return false;
        var rest = text[key.Length..].TrimStart("\"' \t");
        return rest.StartsWith('=');
    }

    /// <summary>Tomlyn's message is <c>(line,col) : error : what</c>, one per line; keep the first "what".</summary>
    private static string FirstDiagnostic(string message)
    {
        var first = message.AsSpan();
        var newline = first.IndexOf('\n');
        if (newline >= 0)
            first = first[..newline];
        var marker = first.IndexOf(": error : ");
        return (marker >= 0 ? first[(marker + ": error : ".Length)..] : first).Trim().ToString();
    }
}
