using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using NotesSearch.Web.Api;
using NotesSearch.Web.Api.OpenApi;
using NotesSearch.Web.Models;

namespace NotesSearch.Web.Controllers;

/// <summary>The API reference at /api, a page of the site (its header, its stylesheet), built from the OpenAPI document.</summary>
public sealed class ApiReferenceController : Controller
{
    [HttpGet("/api")]
    public async Task<IActionResult> Show([FromKeyedServices(NotesOpenApi.DocumentName)] IOpenApiDocumentProvider documents, CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        return View(new ApiReferencePageModel(ApiReferencePage.Render(document)));
    }
}
