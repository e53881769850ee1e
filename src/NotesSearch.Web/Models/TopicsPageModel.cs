using NotesSearch.Web.Catalog;

namespace NotesSearch.Web.Models;

/// <summary>Every topic with its count, alphabetically.</summary>
public sealed record TopicsPageModel(IReadOnlyList<TopicCount> Topics) : ILayoutModel
{
    public string Title => "Topics";

    /// <summary>The topic's own page (its timeline), which links on to its notes.</summary>
    public static string TopicUrl(string key) => TopicPageModel.UrlOf(key);
}
