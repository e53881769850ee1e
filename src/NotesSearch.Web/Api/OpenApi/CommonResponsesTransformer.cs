using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NotesSearch.Web.Api.OpenApi;

/// <summary>
/// What every API operation shares: ETag and Cache-Control on a 200, the 304 answer to If-None-Match, Retry-After
/// on a 429 and a 503, an example for every problem response, and the If-None-Match request header.
/// </summary>
public sealed class CommonResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        // Only operations that can answer 304 carry an ETag (on-this-day without a date changes at midnight: none).
        var tagged = operation.Responses?.ContainsKey("304") == true;
        if (tagged)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = "The ETag of a copy you hold: answered 304 (no body) while it is still current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = System.Text.Json.Nodes.JsonValue.Create("W/\"6f1c2a9b0d3e4f5a6b7c8d9e0f1a2b3c\""),
            });
        }
        if (operation.Responses is null)
            return Task.CompletedTask;
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse described)
                continue;
            described.Headers ??= new Dictionary<string, IOpenApiHeader>();
            switch (status)
            {
                case "200" when tagged:
                    described.Headers["ETag"] = Header("Weak tag of the index version and the normalised request; send it back in If-None-Match.", "W/\"6f1c2a9b0d3e4f5a6b7c8d9e0f1a2b3c\"");
                    described.Headers["Cache-Control"] = Header("public, with a short max-age (configurable; default 30 s).", "public, max-age=30");
                    break;
                case "304":
                    described.Description = "Not modified: the If-None-Match tag is still current. No body.";
                    described.Headers["ETag"] = Header("The current tag (the one sent).", "W/\"6f1c2a9b0d3e4f5a6b7c8d9e0f1a2b3c\"");
                    break;
                case "400":
                    described.Description = "A parameter is not valid: named in parameter and in errors.";
                    Example(described, context.Description.RelativePath switch
                    {
                        { } path when path.Contains("suggest", StringComparison.Ordinal) => ApiExamples.BadParameter("max", "max must be a whole number between 1 and 20, not '500'."),
                        { } path when path.Contains("on-this-day", StringComparison.Ordinal) => ApiExamples.BadParameter("date", "date must be a day that exists, written YYYY-MM-DD (2026-04-28), not '2026-02-30'."),
                        _ => ApiExamples.BadParameter("pageSize", "pageSize must be between 1 and 100."),
                    });
                    break;
                case "404" when context.Description.RelativePath?.StartsWith("api/topics/", StringComparison.Ordinal) == true:
                    described.Description = "No note is filed under this topic.";
                    Example(described, ApiExamples.TopicNotFound);
                    break;
                case "404":
                    described.Description = "No note has this slug.";
                    Example(described, ApiExamples.NotFound);
                    break;
                case "429":
                    described.Description = "Too many requests from this address.";
                    described.Headers["Retry-After"] = RetryAfter(1);
                    Example(described, ApiExamples.TooManyRequests);
                    break;
                case "500":
                    described.Description = "An unexpected error on the server (logged; no details are sent).";
                    Example(described, ApiExamples.Unexpected);
                    break;
                case "503":
                    described.Description = "The index cannot be read (not built yet, or damaged and being rebuilt from the notes).";
                    described.Headers["Retry-After"] = RetryAfter(10);
                    Example(described, ApiExamples.IndexUnavailable);
                    break;
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The <c>Retry-After</c> header (RFC 9110 §10.2.3) in seconds, with a typical value.</summary>
    private static OpenApiHeader RetryAfter(int exampleSeconds) => new()
    {
        Description = "Seconds to wait before trying again.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
        Example = System.Text.Json.Nodes.JsonValue.Create(exampleSeconds),
    };

    private static OpenApiHeader Header(string description, string example) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = System.Text.Json.Nodes.JsonValue.Create(example),
    };

    private static void Example(OpenApiResponse response, System.Text.Json.Nodes.JsonNode example)
    {
        foreach (var media in response.Content?.Values ?? [])
            media.Example = example;
    }
}
