using FsCheck;
using FsCheck.Fluent;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>The fast path for simple YAML must read exactly what YamlDotNet reads, or step aside.</summary>
public class SimpleYamlReaderTests
{
    private static string Describe(FrontMatter frontMatter) => string.Join("\n", frontMatter.Entries
        .OrderBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => $"{e.Key}@{e.Value.Line}={e.Value.Text}|{(e.Value.Items is { } items ? "[" + string.Join("|", items) + "]" : "-")}"));

    /// <summary>When the fast path reads the YAML, YamlDotNet reads the same; null when the fast path stepped aside.</summary>
    private static (string Simple, string Full)? BothReadings(string yaml)
    {
        if (!SimpleYamlReader.TryRead(yaml, 1, out var simple))
            return null;
        return (Describe(simple), Describe(YamlFrontMatterReader.ReadWithYamlDotNet(yaml, 1)));
    }

    [Fact]
    public void TheUsualFrontMatterTakesTheFastPathAndReadsTheSame()
    {
        var both = BothReadings("""
            title: "What's in an (Alias) Name?"
            date: 2024-09-17
            by:
            - Robert Griesemer
            tags: [type aliases, generics]
            topics:
              - 'KV cache'
              - C#
            summary: a:b and http://go.dev are plain text
            empty:
            draft: ~
            # a comment
            """);

        Assert.NotNull(both);
        Assert.Equal(both.Value.Full, both.Value.Simple);
    }

    [Theory]
    [InlineData("title: \"escaped \\\" quote\"")]
    [InlineData("summary: |\n  block scalar")]
    [InlineData("title: a: b")]
    [InlineData("title: x # comment")]
    [InlineData("params:\n  weight: 3")]
    [InlineData("title: &anchor x")]
    [InlineData("summary: first line\n  continued")]
    [InlineData("tags: [\"quoted\", b]")]
    [InlineData("title:\tx")]
    public void AnythingUnusualStepsAsideForYamlDotNet(string yaml) =>
        Assert.False(SimpleYamlReader.TryRead(yaml, 1, out _));

    [Fact]
    public void TheGoBlogFrontMatterReadsTheSameEitherWay()
    {
        var fast = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.GoBlogPosts, "*.md"))
        {
            var text = File.ReadAllText(file);
            var yaml = text[4..(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1)];
            if (BothReadings(yaml) is { } both)
            {
                Assert.Equal(both.Full, both.Simple);
                fast++;
            }
        }
        Assert.True(fast > 300, $"only {fast} of 336 took the fast path");
    }

    // Lines that are mostly simple, with YAML's special characters mixed in now and then.
    private static readonly string[] SimpleKeys = ["title", "date", "tags", "Title", "a.b", "x-y", "_k", "1"];
    private static readonly string[] OddKeys = ["k k", "-", "?", "", "\"k\""];
    private static readonly string[] SimpleValues =
        ["", "plain", "two words", "\"quoted\"", "'single'", "~", "null", "[a, b]", "[]", "C#", "a:b", "http://x", "é\u00A0è", "yes", "2024-4-09"];
    private static readonly string[] OddValues =
    [
        " ", "\"a\\\"b\"", "'it''s'", "[a,, b]", "[\"q\", b]", "x #c", "a: b", "-1", "&a x", "*a", "!!str x", "|", ">", "{a: b}",
        "\u2028", "\t", "x:", "[a, [b]]", ", x", "%x", "@x", "`x`", "\"open", "[a",
    ];
    private static readonly string[] SimpleItems = ["- a", "  - b", "- \"q\"", "- two words"];
    private static readonly string[] OddItems = ["    - c", "- ~", "-", "- a: b", "- [x]", "  # c", "", "  more", "\t- t"];

    private static Gen<string> Mostly(string[] simple, string[] odd) =>
        Gen.Frequency((6, Gen.Elements(simple)), (1, Gen.Elements(odd)));

    [Fact]
    public void RandomSimpleLookingYamlReadsTheSameEitherWayWhenTheFastPathTakesIt()
    {
        var key = Mostly(SimpleKeys, OddKeys);
        var pair = key.SelectMany(k => Mostly(SimpleValues, OddValues), (k, v) => $"{k}:{(v.Length > 0 ? " " : "")}{v}");
        var list = key.SelectMany(k => Mostly(SimpleItems, OddItems).ListOf(), (k, items) => string.Join("\n", [k + ":", .. items]));
        var yaml = Gen.Frequency((3, pair), (1, list), (1, Gen.Elements("# comment", "", "  indented: x", "\t"))).ListOf()
            .Select(entries => string.Join("\n", entries)).Resize(10);
        var fast = 0;

        Prop.ForAll(yaml.ToArbitrary(), text =>
        {
            var both = BothReadings(text);
            fast += both is null ? 0 : 1;
            return both is null || both.Value.Simple == both.Value.Full;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
        Assert.True(fast > 200, $"only {fast} of 1000 took the fast path");
    }
}
