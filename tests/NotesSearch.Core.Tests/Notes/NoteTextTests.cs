namespace NotesSearch.Core.Tests.Notes;

public class NoteTextTests
{
    private static string TextOf(string body) => TestNotes.Note($"---\ntitle: T\ndate: 2026-05-25\n---\n{body}").Text;

    [Fact]
    public void TextKeepsLinkTextAndDropsTheUrl() =>
        Assert.Equal("See the Go release notes.", TextOf("See [the Go release](https://go.dev/doc/go1.21) notes.\n"));

    [Fact]
    public void TextKeepsImageAltText() =>
        Assert.Equal("A gopher waving here", TextOf("![A gopher waving](gopher.png \"title\") here\n"));

    [Fact]
    public void TextKeepsInlineCodeAndCodeBlocks() =>
        Assert.Equal("Call io_uring_enter now.\nfunc main() {\n\tprintln(\"hi\")\n}\nindented code",
            TextOf("Call `io_uring_enter` now.\n\n```go\nfunc main() {\n\tprintln(\"hi\")\n}\n```\n\n    indented code\n"));

    [Fact]
    public void TextDropsEmphasisHeadingAndListMarkup() =>
        Assert.Equal("Heading\nbold and italic and struck\none\ntwo\nquoted",
            TextOf("## Heading\n\n**bold** and _italic_ and ~~struck~~\n\n- one\n- [x] two\n\n> quoted\n"));

    [Fact]
    public void TextDropsHtmlTagsButKeepsTheirWords() =>
        Assert.Equal("Fig 1 Latency p99\nline break unbelievable &",
            TextOf("<div class=\"fig\"><p>Fig 1</p><script>alert(1)</script><!-- note -->Latency&nbsp;p99</div>\n\nline<br>break un<em>believ</em>able &amp;\n").Replace('\u00A0', ' '));

    [Fact]
    public void BlocksNeverRunWordsTogether() =>
        Assert.Equal("first\nsecond\na\nb\n1\n2", TextOf("# first\nsecond\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));

    [Fact]
    public void LinkReferenceDefinitionsAndFootnoteMarkersAreNotText() =>
        Assert.Equal("A claim and a link.\nThe source.", TextOf("A claim[^1] and [a link][go].\n\n[go]: https://go.dev\n[^1]: The source.\n"));

    [Fact]
    public void BareUrlsAndAutolinksKeepTheirText() =>
        Assert.Equal("Read https://go.dev and https://pkg.go.dev", TextOf("Read https://go.dev and <https://pkg.go.dev>\n"));
}
