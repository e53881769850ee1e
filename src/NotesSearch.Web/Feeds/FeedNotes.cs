using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Feeds;

/// <summary>What a feed entry needs beyond a search hit: the note's HTML, and its times.</summary>
/// <param name="Html">The note's body as sanitised HTML (links as written, relative or absolute).</param>
/// <param name="Published">When the note was written (its date).</param>
/// <param name="Updated">Its last change: <c>lastmod</c> when the note gives one, else when its file was last written, else its date; never before <paramref name="Published"/>.</param>
public sealed record FeedNote(string Html, DateTimeOffset Published, DateTimeOffset Updated)
{
    private static readonly HashSet<string> Fields = [NoteFields.Html, NoteFields.Date, NoteFields.Updated, NoteFields.Modified];

    /// <summary>The stored fields of the notes <paramref name="slugs"/> (a feed's page: at most its page size), by slug.</summary>
    public static IReadOnlyDictionary<string, FeedNote> Load(NoteSearcher searcher, IEnumerable<string> slugs) => searcher.Use(index =>
    {
        var notes = new Dictionary<string, FeedNote>(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            var found = index.Search(new TermQuery(NoteDocuments.KeyOf(slug)), 1);
            if (found.TotalHits == 0)
                continue;
            var doc = index.Doc(found.ScoreDocs[0].Doc, Fields);
            var published = NoteDocuments.DateOf(doc);
            var updated = NoteDocuments.UpdatedOf(doc) ?? NoteDocuments.ModifiedOf(doc) ?? published;
            notes[slug] = new FeedNote(doc.Get(NoteFields.Html) ?? "", published, updated > published ? updated : published);
        }
        return notes;
    });
}
