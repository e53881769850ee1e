using AngleSharp.Html.Parser;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>Tables and code as a reader sees them: alignment that survives a strict CSP, scrolling tables, coloured code.</summary>
public class NoteTableAndCodeHtmlTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void AColumnsAlignmentIsAClassOnEachCellNotAnInlineStyle()
    {
        var html = NoteHtmlRenderer.ToHtml("""
            | name | ms | mark |
            |:-----|---:|:----:|
            | TTFT | 1,140 | ok |
            """);

        var cells = Parser.ParseDocument(html).QuerySelectorAll("th, td").Select(c => $"{c.LocalName}.{c.ClassName}").ToArray();
        Assert.Equal(["th.align-left", "th.align-right", "th.align-center", "td.align-left", "td.align-right", "td.align-center"], cells);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlCellAlignmentBecomesAClassAndOtherStylesGo()
    {
        var html = NoteHtmlRenderer.ToHtml("""
            <table><tr><td style="text-align:right; color: red">1</td><td style="color: red">2</td></tr></table>
            """);

        var document = Parser.ParseDocument(html);
        Assert.Equal(["align-right", ""], document.QuerySelectorAll("td").Select(c => c.ClassName ?? "").ToArray());
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("<table><tr><td>1</td></tr></table>")]
    [InlineData("<div class=\"table-wrap\"><table><tr><td>1</td></tr></table></div>")]
    public void EveryTableSitsInOneScrollingWrapper(string markdown)
    {
        var document = Parser.ParseDocument(NoteHtmlRenderer.ToHtml(markdown));

        var table = Assert.Single(document.QuerySelectorAll("table"));
        Assert.Equal("div.table-wrap", $"{table.ParentElement!.LocalName}.{table.ParentElement.ClassName}");
        Assert.Single(document.QuerySelectorAll(".table-wrap"));
    }

    [Theory]
    [InlineData("csharp", "public class Note { }", "hl-keyword", "class")]
    [InlineData("c#", "var s = \"hi\";", "hl-string", "\"hi\"")]
    [InlineData("python", "def f(): return 1", "hl-keyword", "def")]
    [InlineData("js", "const x = 'a';", "hl-keyword", "const")]
    [InlineData("typescript", "let n: number = 42;", "hl-number", "42")]
    [InlineData("go", "func main() {}", "hl-keyword", "func")]
    [InlineData("rust", "fn main() { let x = 1; }", "hl-keyword", "fn")]
    [InlineData("c", "int main(void) { return 0; }", "hl-keyword", "return")]
    [InlineData("cpp", "#include <vector>", "hl-keyword", "#include")]
    [InlineData("bash", "echo \"hi\" # greet", "hl-comment", "# greet")]
    [InlineData("json", "{\"a\": true}", "hl-property", "\"a\"")]
    [InlineData("yaml", "title: Notes", "hl-tag", "title")]
    [InlineData("sql", "SELECT * FROM notes", "hl-keyword", "SELECT")]
    public void CommonLanguagesAreHighlightedWithClasses(string language, string code, string cls, string token)
    {
        var html = NoteHtmlRenderer.ToHtml($"```{language}\n{code}\n```");

        var codeElement = Parser.ParseDocument(html).QuerySelector("pre > code")!;
        Assert.Contains(token, codeElement.QuerySelectorAll("." + cls).Select(span => span.TextContent));
        Assert.Equal(code + "\n", codeElement.TextContent);
    }

    [Fact]
    public void HighlightedCodeIsStillEscaped()
    {
        var html = NoteHtmlRenderer.ToHtml("```html\n<script>alert(1)</script>\n```");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>\n", Parser.ParseDocument(html).QuerySelector("code")!.TextContent);
        Assert.Contains("hl-tag", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> PlainBlocks => new()
    {
        { "nosuchlanguage", "a b c" },
        { "", "a b c" },
        { "go", "var x = \"" + new string('a', CodeHighlighter.MaxLineLength) + "\"" },
    };

    [Theory]
    [MemberData(nameof(PlainBlocks))]
    public void UnknownLanguagesAndOverlongLinesArePlain(string language, string code)
    {
        var html = NoteHtmlRenderer.ToHtml($"```{language}\n{code}\n```");

        Assert.DoesNotContain("hl-", html, StringComparison.Ordinal);
        Assert.Equal(code + "\n", Parser.ParseDocument(html).QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void HighlightingGivesUpInsteadOfSpendingTheNotesBudget() =>
        Assert.Null(CodeHighlighter.Highlight(string.Concat(Enumerable.Repeat("func main() { x := 1 }\n", 5_000)), "go", TimeSpan.FromMilliseconds(1)));

    [Theory]
    [InlineData("```go\n\"unterminated\n```")]
    [InlineData("```rust\n/* open comment\n```")]
    [InlineData("```cpp\n\u0000\uFFFF\uD800 #if\n```")]
    [InlineData("```python\n\"\"\"\n```")]
    public void OddCodeNeverBreaksRendering(string markdown)
    {
        var html = NoteHtmlRenderer.ToHtml(markdown);

        Assert.StartsWith("<pre><code class=\"language-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BlocksHighlightedOnManyThreadsAtOnceComeOutAsOneAtATime()
    {
        // A grammar is not thread-safe: each thread borrows a set of its own, so a parallel build must colour as a serial one.
        string[][] blocks =
        [
            ["cpp", "#include <vector>\nint main() { std::vector<int> v{1, 2}; return v.size(); } // done\n"],
            ["go", "func main() {\n\tfmt.Println(\"hi\") // greet\n}\n"],
            ["python", "def f(x):\n    return x * 2  # twice\n"],
            ["json", "{\"a\": [1, true, null]}\n"],
            ["bash", "for f in *.md; do echo \"$f\"; done\n"],
        ];
        var expected = blocks.Select(b => CodeHighlighter.Highlight(b[1], b[0], TimeSpan.FromMinutes(1))).ToArray();
        Assert.All(expected, html => Assert.Contains("hl-", html, StringComparison.Ordinal));

        var results = new string?[16 * 20];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            results[i] = CodeHighlighter.Highlight(blocks[i % blocks.Length][1], blocks[i % blocks.Length][0], TimeSpan.FromMinutes(1)));

        for (var i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % blocks.Length], results[i]);
    }
}
