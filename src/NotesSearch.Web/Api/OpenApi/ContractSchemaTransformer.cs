using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NotesSearch.Web.Api.OpenApi;

/// <summary>
/// Makes the generated schemas say what the contract promises:
/// every property of our records is always present (NotesJson never omits one, nulls included);
/// numbers are written as numbers (the web defaults would also allow strings, which only matters when reading);
/// a validation problem carries <c>parameter</c>.
/// </summary>
public sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) &&
            (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (context.JsonPropertyInfo is not null)
            return Task.CompletedTask;
        var clrType = context.JsonTypeInfo.Type;
        if (clrType.Namespace?.StartsWith("NotesSearch", StringComparison.Ordinal) == true && schema.Properties is { Count: > 0 } properties)
            schema.Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal);
        if (clrType == typeof(HttpValidationProblemDetails))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties[ApiProblems.ParameterMember] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The (first) bad parameter; every bad parameter is a key of errors.",
            };
        }
        return Task.CompletedTask;
    }
}
