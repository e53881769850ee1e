using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NotesSearch.Web.Api.OpenApi;

namespace NotesSearch.Web.Api;

/// <summary>
/// The human-readable API reference at /api, rendered on the server from the OpenAPI document itself, so the page
/// and /openapi/v1.json cannot disagree. No script at all (the site's CSP allows no inline script, and a UI package
/// such as Scalar needs one) and no CDN; one small stylesheet served from /api/reference.css.
/// </summary>
public static class ApiReferencePage
{
    private const string Css = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
        @media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#161616}a{color:#8ab4f8}code,pre{background:#222!important}}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-top:1px solid #8884;padding-top:1rem}
        h3{font-size:1rem;margin-bottom:.25rem}code,pre{background:#f3f3f3;border-radius:4px;font-size:.9em}
        code{padding:0 .25em}pre{padding:.75rem;overflow:auto;max-height:24rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #8883}
        .method{font-weight:700;margin-right:.5rem}a:focus{outline:2px solid currentColor;outline-offset:2px}
        """;

    public static IResult Stylesheet() => Results.Text(Css, "text/css; charset=utf-8");

    public static async Task<IResult> HandleAsync(
        [FromKeyedServices(NotesOpenApi.DocumentName)] IOpenApiDocumentProvider documents, CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        return Results.Content(Render(document), "text/html; charset=utf-8");
    }

    public static string Render(OpenApiDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(E(document.Info.Title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/api/reference.css\"></head><body><main>")
            .Append("<h1>").Append(E(document.Info.Title)).Append(' ').Append(E(document.Info.Version)).Append("</h1>")
            .Append(Paragraphs(document.Info.Description))
            .Append("<p>Machine-readable: <a href=\"/openapi/v1.json\">/openapi/v1.json</a> (OpenAPI). Back to the <a href=\"/\">search</a>.</p>");
        html.Append("<nav aria-label=\"Endpoints\"><ul>");
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
                html.Append("<li><a href=\"#").Append(E(operation.OperationId ?? path)).Append("\"><code>").Append(E(method.Method)).Append(' ').Append(E(path)).Append("</code></a> ").Append(E(operation.Summary)).Append("</li>");
        }
        html.Append("</ul></nav>");
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
                Operation(html, path, method.Method, operation);
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Operation(StringBuilder html, string path, string method, OpenApiOperation operation)
    {
        html.Append("<section><h2 id=\"").Append(E(operation.OperationId ?? path)).Append("\"><span class=\"method\">").Append(E(method))
            .Append("</span><code>").Append(E(path)).Append("</code></h2><p><strong>").Append(E(operation.Summary)).Append("</strong></p>")
            .Append(Paragraphs(operation.Description));
        if (operation.Parameters is { Count: > 0 } parameters)
        {
            html.Append("<h3>Parameters</h3><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th><th scope=\"col\">Example</th></tr></thead><tbody>");
            foreach (var parameter in parameters)
            {
                html.Append("<tr><td><code>").Append(E(parameter.Name)).Append("</code>").Append(parameter.Required ? " (required)" : "")
                    .Append("</td><td>").Append(E(parameter.In?.ToString().ToLowerInvariant()))
                    .Append("</td><td>").Append(E(TypeOf(parameter.Schema)))
                    .Append("</td><td>").Append(E(parameter.Description))
                    .Append("</td><td><code>").Append(E(parameter.Example?.ToJsonString())).Append("</code></td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("<h3>Responses</h3>");
        foreach (var (status, response) in operation.Responses ?? [])
        {
            html.Append("<p><strong>").Append(E(status)).Append("</strong> ").Append(E(response.Description));
            foreach (var (name, header) in response.Headers ?? new Dictionary<string, IOpenApiHeader>())
                html.Append("<br>Header <code>").Append(E(name)).Append("</code>: ").Append(E(header.Description));
            html.Append("</p>");
            foreach (var (mediaType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Example is null)
                    continue;
                html.Append("<details><summary>Example <code>").Append(E(mediaType)).Append("</code></summary><pre><code>")
                    .Append(E(media.Example.ToJsonString(new JsonSerializerOptions { WriteIndented = true })))
                    .Append("</code></pre></details>");
            }
        }
        html.Append("</section>");
    }

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
            name += ": " + string.Join(", ", values.Select(v => v?.ToString()));
        return name;
    }

    /// <summary>The descriptions are short Markdown; shown as escaped paragraphs (backticks kept as written).</summary>
    private static string Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? ""
            : string.Concat(text.Split("\n\n").Select(p => "<p>" + E(p.Trim()).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"));

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
