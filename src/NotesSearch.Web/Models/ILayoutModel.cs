namespace NotesSearch.Web.Models;

/// <summary>What the shared layout needs from every page's view model: its title and, for searches, its feed.</summary>
public interface ILayoutModel
{
    /// <summary>The page's own title; the layout adds the site's name.</summary>
    string Title { get; }

    /// <summary>The Atom feed of this page (a search's feed), linked from the head; null for none.</summary>
    string? FeedUrl => null;

    /// <summary>True on the search page, which has its own search form (the header's is then left out).</summary>
    bool IsSearch => false;
}
