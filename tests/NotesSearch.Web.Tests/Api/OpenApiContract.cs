using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace NotesSearch.Web.Tests.Api;

/// <summary>
/// The live OpenAPI document, and the JSON Schema it gives for a response: the response's schema with every
/// component schema carried along as $defs, so its $refs resolve (OpenAPI 3.1 schemas are JSON Schema 2020-12).
/// </summary>
public sealed class OpenApiContract(JsonObject document)
{
    public JsonObject Document { get; } = document;

    public static async Task<OpenApiContract> FetchAsync(HttpClient client) =>
        new((await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!);

    public JsonObject Operation(string path, string method = "get") =>
        Document["paths"]?[path]?[method]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"The document has no {method} {path}.");

    public JsonObject? MediaType(string path, string status, string mediaType) =>
        Operation(path)["responses"]?[status]?["content"]?[mediaType]?.AsObject();

    /// <summary>The schema of <paramref name="path"/>'s <paramref name="status"/> response in <paramref name="mediaType"/>.</summary>
    public JsonSchema Schema(string path, string status, string mediaType = "application/json")
    {
        var schema = MediaType(path, status, mediaType)?["schema"]
            ?? throw new Xunit.Sdk.XunitException($"The document has no {mediaType} schema for {status} from {path}.");
        var standalone = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = Document["components"]?["schemas"]?.DeepClone() ?? new JsonObject(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        var text = standalone.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://notes.test/{Guid.NewGuid():N}"));
    }

    /// <summary>Fails with every schema error when <paramref name="json"/> does not match.</summary>
    public static void AssertValid(JsonSchema schema, string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var result = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
            return;
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"));
        throw new Xunit.Sdk.XunitException("Response does not match its OpenAPI schema:\n" + string.Join("\n", errors) + "\n" + json);
    }
}
