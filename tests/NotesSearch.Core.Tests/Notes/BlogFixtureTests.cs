using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>
/// Small blogs as Zola, Hugo, Jekyll and Docusaurus keep them (tests/corpora/blogs): every post is a
/// note with the right slug, date, title and topics; every other page is skipped with a reason; no
/// file is bad; no tool's syntax is left in the text.
/// </summary>
public class BlogFixtureTests
{
    private static List<NoteFile> Scan(string tool)
    {
        var root = RepoPaths.Blog(tool);
        return [.. new ContentScanner(NoteParserOptions.Default.WithConventionsOf(root)).Scan(root)];
    }

    /// <summary>"path → slug | day | title | topic keys | updated day" per note, then "path: reason" per skipped file.</summary>
    private static List<string> Describe(string tool)
    {
        var files = Scan(tool);
        Assert.DoesNotContain(files, f => f.Problem is { IsError: true });
        return
        [
            .. files.Where(f => f.IsNote).Select(f => f.Note!).Select(n =>
                $"{n.Path} → {n.Slug} | {n.Day:yyyy-MM-dd} | {n.Title} | {string.Join(",", n.Topics.Select(t => t.Key))} | {(n.Updated is { } u ? DateOnly.FromDateTime(u.DateTime).ToString("yyyy-MM-dd") : "-")}"),
            .. files.Where(f => !f.IsNote).Select(f => $"{f.Path}: {f.Problem!.Message}"),
        ];
    }

    private static Note NoteAt(string tool, string path) => Scan(tool).Single(f => f.Path == path).Note!;

    [Fact]
    public void Zola() => Assert.Equal(
        [
            "blog/my-post.md → 2016/04/19/my-post | 2016-04-19 | Zero-copy parsing in Rust | rust,parsing | -",
            "blog/second.md → 2017/01/03/profiling-with-perf | 2017-01-03 | Profiling with perf | tooling | 2017-02-10",
            "_index.md: section page (_index): not a note, skipped",
            "blog/_index.md: section page (_index): not a note, skipped",
            "pages/about.md: page with a template and no date: not a note, skipped",
        ],
        Describe("zola"));

    [Fact]
    public void Hugo() => Assert.Equal(
        [
            "post/goroutine-leaks.md → post/goroutine-leaks | 2021-06-01 | Finding goroutine leaks | debugging,golang,go-in-production | 2021-09-14",
            "post/kv-cache-notes/index.md → kv-cache | 2023-03-05 | KV cache notes | inference,serving-llms | 2023-04-01",
            "_index.md: section page (_index): not a note, skipped",
            "post/_index.md: section page (_index): not a note, skipped",
        ],
        Describe("hugo"));

    [Fact]
    public void Jekyll() => Assert.Equal(
        [
            "_posts/2019-03-04-hello-world.markdown → hello-world | 2019-03-04 | Hello, world | jekyll,blogging,meta | -",
            "_posts/2020-11-08-cache-invalidation.md → cache-invalidation | 2020-11-08 | Cache invalidation | engineering,caching | 2021-01-02",
            "_drafts/next-idea.md: draft in _drafts/ with no date yet: left out",
            "about.md: page with a layout and no date: not a note, skipped",
            "index.markdown: page with a layout and no date: not a note, skipped",
        ],
        Describe("jekyll"));

    [Fact]
    public void Docusaurus() => Assert.Equal(
        [
            "blog/2020-01-07-welcome.md → welcome | 2020-01-07 | Welcome | hello,docusaurus | -",
            "blog/2021-03-09-releasing-i18n/index.md → blog/releasing-i18n | 2021-03-09 | Releasing i18n | i18n,release | -",
            "blog/2022-08-01-release-2.0.mdx → blog/release-2.0 | 2022-08-01 | Docusaurus 2.0 | release | -",
        ],
        Describe("docusaurus"));

    [Theory]
    [InlineData("zola", "blog/my-post.md", "Parsers that borrow from their input avoid most allocations.\nYouTube video\nLifetimes make the borrow explicit.\nfn parse<'a>(input: &'a str) -> Token<'a> { todo!() }")]
    [InlineData("zola", "blog/second.md", "perf record -g then perf report.")]
    [InlineData("hugo", "post/goroutine-leaks.md", "Goroutines over a week\nA leak shows as a count that only grows.\nUse runtime.NumGoroutine() in a health check.\nn := runtime.NumGoroutine()")]
    [InlineData("jekyll", "_posts/2019-03-04-hello-world.markdown", "This is my first post.\ndef hello = puts(\"hello\")")]
    [InlineData("docusaurus", "blog/2022-08-01-release-2.0.mdx", "Today we announce Docusaurus 2.0.\nUpgrading\nRead the migration guide first.\nnpm install @docusaurus/core@latest\nUse yarn upgrade.\nThe new default theme.")]
    [InlineData("docusaurus", "blog/2021-03-09-releasing-i18n/index.md", "Translate your site.\nCrowdin is supported.")]
    public void TheTextIsTheWordsWithoutTheToolsSyntax(string tool, string path, string text) =>
        Assert.Equal(text, NoteAt(tool, path).Text);

    [Fact]
    public void TheMdxPostRendersItsAdmonitionAndCodeAndNoComponent()
    {
        var html = NoteHtmlRenderer.ToHtml(NoteAt("docusaurus", "blog/2022-08-01-release-2.0.mdx").Markdown);

        Assert.Contains("markdown-alert-tip", html);
        Assert.Contains("<pre><code class=\"language-bash\">npm install", html);
        Assert.DoesNotContain("Tabs", html);
        Assert.DoesNotContain("import", html);
        Assert.DoesNotContain("{", html);
    }
}
