using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Reads YAML front matter with YamlDotNet's event parser: no object graph and no reflection,
/// because this runs once per note and a million notes must parse in minutes. Thread-safe (no state).
/// </summary>
internal static class YamlFrontMatterReader
{
    /// <summary>Reads the top-level keys of <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="lineOffset">Added to YAML line numbers to give the file's line numbers.</param>
    /// <param name="name">What the YAML is, for problems: "front matter", "site.yml".</param>
    /// <exception cref="NoteFormatException">The YAML does not parse, or is not a mapping of keys.</exception>
    public static FrontMatter Read(string yaml, int lineOffset, string name = "front matter") =>
        SimpleYamlReader.TryRead(yaml, lineOffset, out var simple) ? simple : ReadWithYamlDotNet(yaml, lineOffset, name);

    /// <summary>Reads any YAML, without the fast path (tests compare the two).</summary>
    internal static FrontMatter ReadWithYamlDotNet(string yaml, int lineOffset, string name = "front matter")
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            return ReadDocument(parser, lineOffset, name);
        }
        catch (YamlException e)
        {
            throw new NoteFormatException((int)e.Start.Line + lineOffset, $"{name} does not parse: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner lets these out instead of a YamlException on some broken input
            // (fuzzing found "[2020\nfoo: : bar" → InvalidOperationException, and a stray '---'
            // inside a flow list → EndOfStreamException); the input is only a string, so they can
            // only be about its content: a user's mistake like any other. Their messages speak of .NET's state ("Operation
            // is not valid due to the current state of the object"), not of the YAML: say what to look for instead.
            var line = (int)(parser.Current?.Start.Line ?? 1) + lineOffset;
            throw new NoteFormatException(line, $"{name} does not parse: the YAML is broken here (an unclosed [ or {{, a quote left open, or a stray ':')");
        }
    }

    private static FrontMatter ReadDocument(Parser parser, int lineOffset, string name)
    {
        var frontMatter = new FrontMatter();
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
            return frontMatter;
        parser.Consume<DocumentStart>();
        if (parser.Accept<Scalar>(out var only) && IsNull(only))
            return frontMatter;
        if (!parser.TryConsume<MappingStart>(out var mapping))
        {
            var line = (int)(parser.Current?.Start.Line ?? 1) + lineOffset;
            throw new NoteFormatException(line, $"{name} is not a list of 'key: value' lines");
        }
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                // A complex key ([a, b]: value) is valid YAML but never a note field.
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
                continue;
            }
            var value = ReadValue(parser, (int)key.Start.Line + lineOffset);
            if (value is not null)
                frontMatter.Add(key.Value, value);
        }
        return frontMatter;
    }

    private static FrontMatterValue? ReadValue(Parser parser, int line)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
            return IsNull(scalar) ? null : new FrontMatterValue(line, Text: scalar.Value);
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<string>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var item))
                {
                    if (!IsNull(item))
                        items.Add(item.Value);
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                }
            }
            return new FrontMatterValue(line, Items: items);
        }
        // A mapping or an alias: kept as a key without a usable value.
        parser.SkipThisAndNestedEvents();
        return new FrontMatterValue(line);
    }

    /// <summary>YAML's null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
