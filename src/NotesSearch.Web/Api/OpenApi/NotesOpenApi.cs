namespace NotesSearch.Web.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json: the /api endpoints only, with the contract's schemas and examples.</summary>
public static class NotesOpenApi
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddNotesOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // The site's pages and /healthz are not part of the API contract.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddSchemaTransformer<ContractSchemaTransformer>();
            options.AddOperationTransformer<CommonResponsesTransformer>();
        });
}
