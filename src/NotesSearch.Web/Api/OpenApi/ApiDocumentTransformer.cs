using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NotesSearch.Web.Api.OpenApi;

/// <summary>The document's title and the rules every endpoint shares (errors, caching, CORS, rate limits).</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string Tag = "Notes";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "NotesSearch API",
            Version = "v1",
            Description = """
                Full-text search over one author's notes: the same search as the site and `notes search --json`.

                * **Errors** are RFC 7807 `application/problem+json`. A 400 names the bad parameter in `parameter` and
                  lists every bad parameter in `errors`. An unknown note is a 404. Nothing you send makes a 500.
                * **Caching**: every 200 carries a weak `ETag` tied to the index version and the request, and
                  `Cache-Control: public, max-age=…`. Send it back in `If-None-Match` to get a 304. An edit to a note
                  changes the tag.
                * **CORS**: any origin may GET (the operator may narrow this).
                * **Rate limits**: per client address; past the limit a 429 with `Retry-After` (seconds).
                """,
        };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = Tag, Description = "Search, notes, completions, topics and index statistics." },
        };
        return Task.CompletedTask;
    }
}
