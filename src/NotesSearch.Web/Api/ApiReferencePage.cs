using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Markdig;
using Microsoft.OpenApi;

namespace NotesSearch.Web.Api;

/// <summary>
/// The human-readable API reference at /api, rendered on the server from the OpenAPI document itself, so the page
/// and /openapi/v1.json cannot disagree; shown inside the site's layout (<c>Views/ApiReference/Show.cshtml</c>). No
/// script and nothing from another site: a UI package such as Scalar needs inline script the site's CSP refuses and
/// fetches fonts from its CDN. Descriptions are the document's Markdown rendered with Markdig; examples show the
/// characters a client receives (<c>&lt;mark&gt;</c>, quotes), not JSON's <c>\u003C</c> escapes; responses are in
/// status order. Thread-safe (no state).
/// </summary>
public static class ApiReferencePage
{
    /// <summary>The descriptions are ours, but raw HTML stays off: the page is under the site's CSP.</summary>
    private static readonly MarkdownPipeline Descriptions = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>Examples as a client reads them: indented, and only what JSON must escape escaped.</summary>
    private static readonly JsonSerializerOptions ExampleJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The reference as an HTML fragment (the layout adds the page around it).</summary>
    public static string Render(OpenApiDocument document)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"api-ref\"><h1>").Append(E(document.Info.Title)).Append(' ').Append(E(document.Info.Version)).Append("</h1>")
            .Append(Markdown(document.Info.Description))
            .Append("<p>Machine-readable: <a href=\"/openapi/v1.json\">/openapi/v1.json</a> (OpenAPI 3.1).</p>");
        html.Append("<nav aria-label=\"Endpoints\"><ul>");
        foreach (var (path, method, operation) in Operations(document))
            html.Append("<li><a href=\"#").Append(E(operation.OperationId ?? path)).Append("\"><code>").Append(E(method)).Append(' ').Append(E(path)).Append("</code></a> ").Append(E(operation.Summary)).Append("</li>");
        html.Append("</ul></nav>");
        foreach (var (path, method, operation) in Operations(document))
            Operation(html, path, method, operation);
        html.Append("</article>");
        return html.ToString();
    }

    private static IEnumerable<(string Path, string Method, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        document.Paths.SelectMany(path => (path.Value.Operations ?? []).Select(op => (path.Key, op.Key.Method, op.Value)));

    private static void Operation(StringBuilder html, string path, string method, OpenApiOperation operation)
    {
        html.Append("<section><h2 id=\"").Append(E(operation.OperationId ?? path)).Append("\"><span class=\"method\">").Append(E(method))
            .Append("</span> <code>").Append(E(path)).Append("</code></h2><p><strong>").Append(E(operation.Summary)).Append("</strong></p>")
            .Append(Markdown(operation.Description));
        if (operation.Parameters is { Count: > 0 } parameters)
        {
            html.Append("<h3>Parameters</h3><div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th><th scope=\"col\">Example</th></tr></thead><tbody>");
            foreach (var parameter in parameters)
            {
                html.Append("<tr><td><code>").Append(E(parameter.Name)).Append("</code><br><small>").Append(E(parameter.In?.ToString().ToLowerInvariant()))
                    .Append(parameter.Required ? ", required" : "").Append("</small></td><td>").Append(E(TypeOf(parameter.Schema)))
                    .Append("</td><td>").Append(Markdown(parameter.Description))
                    .Append("</td><td><code>").Append(E(Example(parameter.Example))).Append("</code></td></tr>");
            }
            html.Append("</tbody></table></div>");
        }
        html.Append("<h3>Responses</h3><dl class=\"responses\">");
        foreach (var (status, response) in (operation.Responses ?? []).OrderBy(r => StatusOrder(r.Key)))
        {
            html.Append("<dt>").Append(E(status)).Append("</dt><dd>").Append(Markdown(response.Description));
            foreach (var (name, header) in response.Headers ?? new Dictionary<string, IOpenApiHeader>())
            {
                html.Append("<p>Header <code>").Append(E(name)).Append("</code>: ").Append(E(header.Description));
                if (header.Example is { } example)
                    html.Append(" Example: <code>").Append(E(Example(example))).Append("</code>");
                html.Append("</p>");
            }
            foreach (var (mediaType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Example is null)
                    continue;
                html.Append("<details><summary>Example <code>").Append(E(mediaType)).Append("</code></summary><pre><code>")
                    .Append(E(media.Example.ToJsonString(ExampleJson)))
                    .Append("</code></pre></details>");
            }
            html.Append("</dd>");
        }
        html.Append("</dl></section>");
    }

    /// <summary>Success first, then the codes in numeric order (200, 304, 400, 404, 429, 500, 503); "default" last.</summary>
    private static int StatusOrder(string status) => int.TryParse(status, out var code) ? code : int.MaxValue;

    /// <summary>A string example as the text itself (an ETag's quotes as quotes); anything else as JSON.</summary>
    private static string Example(JsonNode? example) =>
        example is JsonValue value && value.TryGetValue<string>(out var text) ? text : example?.ToJsonString(ExampleJson) ?? "";

    private static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema?.Type is not { } type)
            return "";
        var name = type.HasFlag(JsonSchemaType.Array) ? TypeOf(schema.Items) + "[] (repeat)" : type.ToString().ToLowerInvariant();
        if (schema.Format is { } format)
            name += " (" + format + ")";
        if (schema.Minimum is not null || schema.Maximum is not null)
            name += " " + (schema.Minimum ?? "…") + "–" + (schema.Maximum ?? "…");
        if (schema.Enum is { Count: > 0 } values)
            name += ": " + string.Join(", ", values.Select(v => v is JsonValue s && s.TryGetValue<string>(out var t) ? t : v?.ToJsonString()));
        return name;
    }

    private static string Markdown(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Markdig.Markdown.ToHtml(text, Descriptions);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
