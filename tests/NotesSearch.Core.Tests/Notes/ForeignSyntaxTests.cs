using System.Text;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

/// <summary>Syntax other blog tools add to Markdown: rendered or dropped, never shown raw, in HTML and plain text alike.</summary>
public class ForeignSyntaxTests
{
    private const string Header = "---\ntitle: T\ndate: 2026-05-25\n---\n";

    /// <summary>The note's HTML (as the page shows it) and its plain text (as it is indexed and snippeted).</summary>
    private static (string Html, string Text) Read(string body, string path = "note.md", string header = Header, string? contentRoot = null)
    {
        var file = new NoteParser().Parse(path, Encoding.UTF8.GetBytes(header + body), contentRoot);
        Assert.True(file.IsNote, file.ToString());
        return (NoteHtmlRenderer.ToHtml(file.Note.Markdown), file.Note.Text);
    }

    private static void AssertNowhere(string raw, (string Html, string Text) note)
    {
        Assert.DoesNotContain(raw, note.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void JekyllLiquidOutputIsDoneNotShownAndItsLinksAndImagesStillWork()
    {
        var note = Read("""
            ![diagram]({{ site.baseurl }}/assets/diagram.png) and [this]({{ "/about/" | relative_url }}).
            Written by {{ page.author }}. `{{ kept in code }}`
            """, path: "_posts/2021-02-02-liquid.md");

        Assert.Contains("<img src=\"/assets/diagram.png\" alt=\"diagram\"", note.Html);
        Assert.Contains("<a href=\"/about/\">this</a>", note.Html);
        Assert.Contains("Written by .", note.Text);
        AssertNowhere("page.author", note);
        Assert.Contains("{{ kept in code }}", note.Html);
    }

    [Fact]
    public void OutsideJekyllPostsDoubleBracesAreTextAsTheWriterMeantThem()
    {
        Assert.Contains("{{ .Title }}", Read("Hugo prints {{ .Title }} here.\n", path: "posts/templates.md").Text);
    }

    [Theory]
    [InlineData("hugo/first.md", "See [other]({{< ref \"other.md\" >}}).", "/notes/hugo/other")]
    [InlineData("hugo/first.md", "See [other]({{< relref \"/posts/2020-01-02-other.md#part\" >}}).", "/notes/posts/other")]
    [InlineData("hugo/deep/first.md", "See [other]({{< ref \"../other\" >}}).", "/notes/hugo/other")]
    [InlineData("_posts/2021-01-01-first.md", "See [the other post]({% post_url 2020-07-27-x %}).", "/notes/x")]
    public void CrossLinksBetweenPostsPointAtTheOtherNote(string path, string body, string href)
    {
        var note = Read(body + "\n", path: path);

        Assert.Contains($"<a href=\"{href}\">", note.Html);
    }

    [Theory]
    [InlineData("NOTE", "note")]
    [InlineData("Warning", "warning")]
    [InlineData("TIP", "tip")]
    public void AnAlertIsANoteBoxAndItsMarkerIsNoWord(string kind, string cssKind)
    {
        var note = Read($"> [!{kind}]\n> Keep the **lock** short.\n");

        Assert.Contains($"<div class=\"markdown-alert markdown-alert-{cssKind}\">", note.Html);
        Assert.Contains("<strong>lock</strong>", note.Html);
        AssertNowhere("[!", note);
        Assert.Contains("Keep the lock short.", note.Text);
    }

    [Fact]
    public void AnAlertInAListItemWithAnImageInsideIsANoteBoxToo()
    {
        var note = Read("1. Set the item type.\n\n   > [!NOTE]\n   > Not required.\n   > :::image type=\"content\" source=\"media/x.png\" alt-text=\"The dialog.\":::\n");

        Assert.Contains("<li>", note.Html);
        Assert.Contains("markdown-alert-note", note.Html);
        Assert.Contains("<img src=\"media/x.png\" alt=\"The dialog.\">", note.Html);
        AssertNowhere(":::", note);
        AssertNowhere("[!", note);
    }

    [Fact]
    public void DocFxImagesBecomeImagesAndFencesAreDropped()
    {
        var note = Read("""
            :::moniker range=">=msvc-160"

            :::image type="content" source="media/installer.png" alt-text="The installer, C++ workload selected.":::

            :::image type="complex" source="media/linking.png" alt-text="How the runtime links."
            Three scenarios are shown.
            :::image-end:::

            Text for 2019 and later.

            :::moniker-end

            """);

        Assert.Contains("<img src=\"media/installer.png\" alt=\"The installer, C++ workload selected.\"", note.Html);
        Assert.Contains("<img src=\"media/linking.png\" alt=\"How the runtime links.\"", note.Html);
        AssertNowhere(":::", note);
        Assert.Equal("The installer, C++ workload selected.\nHow the runtime links.\nThree scenarios are shown.\nText for 2019 and later.", note.Text);
    }

    [Fact]
    public void DocFxColumnsAreDroppedAndTheirIndentedContentIsNotCode()
    {
        var note = Read(":::row:::\n   :::column:::\n      `_In_opt_`\\\n      `_Out_opt_`\n   :::column-end:::\n:::row-end:::\n");

        Assert.Matches("^<p><code>_In_opt_</code><br ?/?>\n<code>_Out_opt_</code></p>$", note.Html.Trim());
    }

    [Fact]
    public void AnIncludeInsideTheContentFolderIsShownInPlace()
    {
        using var content = new TempContent()
            .Add("mfc/includes/lifecycle-note.md", "> [!NOTE]\n> MFC is in *maintenance* mode.\n")
            .Add("mfc/page.md", Header + "Before.\n\n[!INCLUDE[lifecycle](includes/lifecycle-note.md)]\n\nAfter.\n");

        var file = new ContentScanner(NoteParserOptions.Default).Scan(content.Root).Single(f => f.Path == "mfc/page.md");

        Assert.Equal("Before.\nMFC is in maintenance mode.\nAfter.", file.Note!.Text);
        Assert.Contains("markdown-alert-note", NoteHtmlRenderer.ToHtml(file.Note.Markdown));
    }

    [Fact]
    public void AnIncludeOutsideTheContentFolderOrMissingIsDropped()
    {
        using var outside = new TempContent().Add("secret.md", "TOP SECRET\n");
        using var content = new TempContent().Add("page.md", Header
            + $"A.\n\n[!INCLUDE[x](../{Path.GetFileName(outside.Root)}/secret.md)]\n\n[!INCLUDE[y](includes/missing.md)]\n\n[!code-cpp[z](codesnippet/x.cpp)]\n\nB.\n");

        var note = new ContentScanner(NoteParserOptions.Default).Scan(content.Root).Single().Note!;

        Assert.Equal("A.\nB.", note.Text);
        Assert.DoesNotContain("INCLUDE", NoteHtmlRenderer.ToHtml(note.Markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void AnIncludeThatIncludesItselfStops()
    {
        using var content = new TempContent()
            .Add("includes/loop.md", "Again.\n\n[!INCLUDE[loop](loop.md)]\n")
            .Add("page.md", Header + "[!INCLUDE[loop](includes/loop.md)]\n");

        var note = new ContentScanner(NoteParserOptions.Default).Scan(content.Root).Single(f => f.IsNote).Note!;

        Assert.Equal(string.Join('\n', Enumerable.Repeat("Again.", BodyIncludes.MaxDepth)), note.Text);
    }

    [Fact]
    public void ACodeReferenceInsideTheContentFolderIsACodeBlock()
    {
        using var content = new TempContent()
            .Add("code/hello.cpp", "int main() { return 0; }\n")
            .Add("page.md", Header + "See:\n\n[!code-cpp[hello#1](code/hello.cpp)]\n");

        var note = new ContentScanner(NoteParserOptions.Default).Scan(content.Root).Single(f => f.IsNote).Note!;

        Assert.Contains("<pre><code class=\"language-cpp\">int main() { return 0; }", WithoutColours(NoteHtmlRenderer.ToHtml(note.Markdown)));
    }

    [Fact]
    public void DocFxDivMarkersAreDroppedAndVideosAreLinks()
    {
        var note = Read("> [!div class=\"nextstepaction\"]\n> [Next step](next.md)\n\n> [!VIDEO https://learn.microsoft.com/shows/x]\n");

        AssertNowhere("[!", note);
        Assert.Contains("<a href=\"next.md\">Next step</a>", note.Html);
        Assert.Contains("<a href=\"https://learn.microsoft.com/shows/x\">video</a>", note.Html);
    }

    [Fact]
    public void GoTemplateActionsAreDoneOrDropped()
    {
        var note = Read(
            "Intro.\n\n{{raw `\n\tfunc f() {}\n`}}\n\n{{video \"https://www.youtube.com/embed/kNHo788oO5Y\"}}\n\n{{image \"gopher/a.png\"}}\n\n{{code \"x/prog.go\" `/start/` `/end/`}}\n\nEnd.\n",
            header: "---\ntitle: T\ndate: 2026-05-25\ntemplate: true\n---\n");

        AssertNowhere("{{", note);
        Assert.Contains("<pre><code>func f() {}", note.Html);
        Assert.Contains("<a href=\"https://www.youtube.com/embed/kNHo788oO5Y\">video</a>", note.Html);
        Assert.Equal("Intro.\nfunc f() {}\nvideo\nEnd.", note.Text);
    }

    [Fact]
    public void WithoutTemplateTrueBracesAreText()
    {
        var note = Read("Initialise with S s{{1, 2}};\n");

        Assert.Contains("S s{{1, 2}};", note.Text);
    }

    [Fact]
    public void HugoAndZolaShortcodesOutsideCodeAreDoneOrDropped()
    {
        var note = Read("""
            Before {{< ref "other.md" >}} after.

            {{< figure src="/img/chart.png" caption="Latency by week" >}}

            {{% notice info %}}
            Heads up.
            {{% /notice %}}

            {{ youtube(id="dQw4w9WgXcQ") }}

            {% raw %}Kept.{% endraw %}

            ```
            {{< keep me >}}
            ```

            Inline `{% keep %}` too.
            """);

        Assert.Contains("<img src=\"/img/chart.png\" alt=\"Latency by week\"", note.Html);
        Assert.Contains("<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">YouTube video</a>", note.Html);
        Assert.Contains("{{&lt; keep me &gt;}}", note.Html);
        Assert.Contains("<code>{% keep %}</code>", note.Html);
        Assert.Equal("Before /notes/other after.\nLatency by week\nHeads up.\nYouTube video\nKept.\n{{< keep me >}}\nInline {% keep %} too.", note.Text);
    }

    [Fact]
    public void HugoHighlightIsACodeBlock()
    {
        var note = Read("{{< highlight go >}}\nfunc main() {}\n{{< /highlight >}}\n");

        Assert.Contains("<pre><code class=\"language-go\">func main() {}", WithoutColours(note.Html));
    }

    [Fact]
    public void MdxImportsExportsAndComponentTagsAreDroppedTheirTextKept()
    {
        var note = Read("""
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';
            export const meta = {
              draft: false,
            };

            {/* not shown */}

            <Tabs groupId="os">
              <TabItem value="mac" label="macOS">

            Run **brew install**.

              </TabItem>
            </Tabs>

            <Highlight color="#25c2a0">Docusaurus green</Highlight> text.

            ```jsx
            <Tabs>kept in code</Tabs>
            ```
            """, "release.mdx");

        AssertNowhere("import", note);
        AssertNowhere("TabItem", note.Html.Contains("<Tabs>kept", StringComparison.Ordinal) ? (note.Html.Replace("&lt;Tabs&gt;kept in code&lt;/Tabs&gt;", ""), note.Text) : note);
        Assert.DoesNotContain("not shown", note.Text);
        Assert.Contains("<strong>brew install</strong>", note.Html);
        Assert.Equal("Run brew install.\nDocusaurus green text.\n<Tabs>kept in code</Tabs>", note.Text);
    }

    [Fact]
    public void DocusaurusAdmonitionsAreNoteBoxes()
    {
        var note = Read(":::tip Before you upgrade\n\nBack up your **config**.\n\n:::\n\nAfter.\n", "post.mdx");

        Assert.Contains("markdown-alert-tip", note.Html);
        AssertNowhere(":::", note);
        Assert.Equal("Before you upgrade\nBack up your config.\nAfter.", note.Text);
    }

    [Theory]
    [InlineData("# Go 1.22 is released\n\nToday we release Go 1.22.\n")]
    [InlineData("#   go 1.22   is released  \n\nToday we release Go 1.22.\n")]
    public void ABodyStartingWithTheTitleDoesNotRepeatIt(string body)
    {
        var note = TestNotes.Note("---\ntitle: Go 1.22 is released\ndate: 2024-02-06\n---\n" + body);

        Assert.Equal(("Today we release Go 1.22.", "<p>Today we release Go 1.22.</p>"), (note.Text, NoteHtmlRenderer.ToHtml(note.Markdown).Trim()));
    }

    [Theory]
    [InlineData("Function-call operator: ()", "# Function Call Operator: ()")]
    [InlineData("Order of CL Options (C++) - Visual Studio", "# Order of CL Options")]
    public void AHeadingThatIsTheTitleWrittenALittleDifferentlyIsNotRepeated(string title, string heading)
    {
        var note = TestNotes.Note($"---\ntitle: \"{title}\"\ndate: 2024-02-06\n---\n{heading}\n\nBody.\n");

        Assert.Equal("Body.", note.Text);
    }

    [Theory]
    [InlineData("Order of things and other stories", "# Order")]
    [InlineData("Go 1.22 is released", "# Go 1.22 is released, and more")]
    public void AHeadingThatSaysLessOrMoreThanTheTitleStays(string title, string heading)
    {
        var note = TestNotes.Note($"---\ntitle: {title}\ndate: 2024-02-06\n---\n{heading}\n\nBody.\n");

        Assert.StartsWith(heading[2..], note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleTakenFromTheFirstHeadingIsNotRepeatedEither()
    {
        var note = TestNotes.Note("---\ndate: 2024-02-06\n---\n# From the heading\n\nBody.\n");

        Assert.Equal(("From the heading", "Body."), (note.Title, note.Text));
    }

    [Fact]
    public void AFirstHeadingThatIsNotTheTitleStays()
    {
        var note = TestNotes.Note("---\ntitle: Go 1.22 is released\ndate: 2024-02-06\n---\n# Background\n\nBody.\n");

        Assert.Equal("Background\nBody.", note.Text);
    }

    /// <summary>Highlighted code with its colour spans removed: the code as written.</summary>
    private static string WithoutColours(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<span class=\"hl-[a-z]+\">|</span>", "");
}
