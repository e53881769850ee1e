namespace NotesSearch.Web.Models;

/// <summary>The /api page: the reference rendered from the OpenAPI document (HTML, escaped where it came from text).</summary>
public sealed record ApiReferencePageModel(string Html) : ILayoutModel
{
    public string Title => "API";
}
