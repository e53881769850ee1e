using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NotesSearch.Web.Tests.Api;

/// <summary>No input makes a 5xx: random parameter names, values and raw query strings against every endpoint.</summary>
public sealed class ApiPropertyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Paths = ["/api/search", "/api/suggest", "/api/topics", "/api/stats", "/api/notes/turboquant-kv-cache"];

    private static readonly string[] Names = ["q", "topic", "section", "year", "month", "from", "to", "sort", "page", "pageSize", "max", "PAGESIZE", "Q", ""];

    /// <summary>Values near every boundary and through every query-language feature, plus noise.</summary>
    private static readonly string[] Edges =
    [
        "", " ", "0", "-1", "+1", "1", "12", "13", "100", "101", "1000", "1001", "2147483647", "2147483648", "-2147483649",
        "99999999999999999999", "1e3", "0x10", "1.5", "abc", "2026", "2026-04-01", "2026-4-1", "2026-02-30", "0001-01-01",
        "9999-12-31", "10000-01-01", "relevance", "NEWEST", "Oldest", "\"unclosed", "title:", "topic:kv-cache", "summary:\"\"",
        "after:2026-04", "before:2026-05-10", "before:x", "after:", "a AND OR NOT", "NOT", "AND", "-", "+", "*", "?", "~", "a~2",
        "kv~0.5", "(((", ")", "[1 TO", "{*", "\\", "/", "/regex/", "+-!", "kv*", "*kv", "&&", "||", "^", "^2", ":", "kv^", "\0",
        "日本語", "é", "🙂", "<script>alert(1)</script>", "%00", "%", "&", "=", "#", "H100", "DeepSeek-R1", "3DGS",
    ];

    private static Arbitrary<(string Path, (string Name, string Value)[] Parameters)> Requests =>
        (from path in Gen.Elements(Paths)
         from parameters in Gen.ArrayOf(
             from name in Gen.Frequency((4, Gen.Elements(Names)), (1, Text))
             from value in Gen.Frequency((3, Gen.Elements(Edges)), (2, Text), (1, Long))
             select (name, value))
         select (path, parameters)).ToArbitrary();

    /// <summary>Random text without lone surrogates (they cannot be put in a URL at all).</summary>
    private static Gen<string> Text => ArbMap.Default.GeneratorFor<string>()
        .Select(s => new string((s ?? "").Select(c => char.IsSurrogate(c) ? '?' : c).ToArray()));

    /// <summary>Long input: many words (clause limits) or one huge token.</summary>
    private static Gen<string> Long => Gen.Elements(
        string.Join(" ", Enumerable.Range(0, 1500).Select(i => "w" + i)),
        string.Join(" OR ", Enumerable.Range(0, 600).Select(i => "t" + i + "*")),
        new string('a', 20_000),
        string.Concat(Enumerable.Repeat("(a ", 500)));

    [Theory]
    [MemberData(nameof(LongInputs))]
    public async Task LongInputIsNeverA5xx(string value)
    {
        var client = factory.CreateClient();

        var search = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(value));
        var suggest = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(value));

        Assert.True((int)search.StatusCode < 500, $"search: {search.StatusCode}");
        Assert.True((int)suggest.StatusCode < 500, $"suggest: {suggest.StatusCode}");
    }

    public static TheoryData<string> LongInputs() =>
    [
        string.Join(" ", Enumerable.Range(0, 1500).Select(i => "w" + i)),
        string.Join(" OR ", Enumerable.Range(0, 600).Select(i => "t" + i + "*")),
        new string('a', 20_000),
        string.Concat(Enumerable.Repeat("(a ", 500)),
    ];

    private static Arbitrary<string> RawQueries =>
        Gen.Frequency((3, Text), (1, Gen.Elements("a=1&&&b", "=&=", "q=%ZZ", "q=%", "page=%31", "q=a%00b", "&pageSize=5=5", "topic=%E2%9C")))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property RandomParametersNeverGiveA5xx() => Prop.ForAll(Requests, request =>
    {
        var query = string.Join("&", request.Parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        var status = (int)factory.CreateClient().GetAsync(request.Path + "?" + query).GetAwaiter().GetResult().StatusCode;
        return (status < 500).Label($"{status} for {request.Path}?{query}");
    });

    [Property(MaxTest = 200)]
    public Property RandomRawQueryStringsNeverGiveA5xx() => Prop.ForAll(RawQueries, raw =>
    {
        var status = (int)factory.CreateClient().GetAsync("/api/search?" + raw).GetAwaiter().GetResult().StatusCode;
        return (status < 500).Label($"{status} for ?{raw}");
    });

    /// <summary>NUL is left out of slugs: the server refuses a path holding one before the app sees it.</summary>
    [Property(MaxTest = 100)]
    public Property RandomSlugsAreFoundOrNotFoundNeverAnError() => Prop.ForAll(Text.Select(s => s.Replace('\0', '_')).ToArbitrary(), slug =>
    {
        var status = (int)factory.CreateClient().GetAsync("/api/notes/" + Uri.EscapeDataString(slug)).GetAwaiter().GetResult().StatusCode;
        return (status is 200 or 404 or 301 or 308 or 405).Label($"{status} for slug '{slug}'");
    });
}
