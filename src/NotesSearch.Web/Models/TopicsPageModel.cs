using NotesSearch.Core.Searching;
using NotesSearch.Web.Catalog;

namespace NotesSearch.Web.Models;

/// <summary>Every topic with its count, alphabetically.</summary>
public sealed record TopicsPageModel(IReadOnlyList<TopicCount> Topics) : ILayoutModel
{
    public string Title => "Topics";

    public static string TopicUrl(string key) => SearchUrls.For(new SearchRequest { Topics = [key] });
}
