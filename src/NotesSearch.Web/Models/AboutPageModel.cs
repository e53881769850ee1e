using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Models;

/// <summary>The about page: the site's own words from site.yml, and what is in the archive.</summary>
public sealed record AboutPageModel(SiteInfo Site, IndexStatistics Statistics) : ILayoutModel
{
    public string Title => "About";
}
