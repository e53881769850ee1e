using Lucene.Net.Index;
using Lucene.Net.Search;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Web.Hosting;

/// <summary>
/// Applies a few changed files to the index one by one (read, parse, upsert or delete) and publishes them in
/// one commit, so a live edit costs the same on a 100k-note archive as on a 30-note one. Follows the same
/// rules as a full sync: a file that no longer parses keeps its indexed version, drafts are left out, and a
/// slug already used by another file is reported instead of overwriting that note.
/// Not thread-safe: only the content watcher's loop calls it.
/// </summary>
public sealed class LiveNoteUpdater(NotesIndexHost host, ILogger<LiveNoteUpdater> logger)
{
    private readonly NoteParser parser = new(host.ParserOptions);

    /// <summary>Re-reads each full path under the content folder and commits; returns how many notes changed.</summary>
    public int Apply(IEnumerable<string> fullPaths)
    {
        var indexer = host.Indexer ?? throw new InvalidOperationException("A read-only site has no writer.");
        var changed = 0;
        foreach (var fullPath in fullPaths.Distinct(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(host.ContentPath, fullPath).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
                continue;
            if (ApplyOne(indexer, fullPath, relative))
                changed++;
        }
        if (changed > 0)
        {
            indexer.Commit();
            host.Searcher.Refresh();
        }
        return changed;
    }

    private bool ApplyOne(NoteIndexer indexer, string fullPath, string relative)
    {
        var indexed = Indexed(NoteFields.Path, relative);
        if (!File.Exists(fullPath))
        {
            if (indexed is null)
                return false;
            indexer.DeleteByPath(relative);
            logger.LogInformation("Removed {Path}", relative);
            return true;
        }
        var file = parser.ReadFile(host.ContentPath, fullPath);
        if (file.Note is not { } note)
        {
            // Nothing lost: the last good version stays searchable until the file parses again.
            if (file.Problem is { } problem)
                logger.LogWarning("{Problem}", problem.ToString());
            return false;
        }
        if (note.Draft && !parser.Options.IncludeDrafts)
        {
            if (indexed is null)
                return false;
            indexer.DeleteByPath(relative);
            logger.LogInformation("Removed {Path}: now a draft", relative);
            return true;
        }
        if (indexed is { } current && current.Hash == note.Hash)
            return false;
        if (Indexed(NoteFields.Slug, note.Slug) is { } owner && owner.Path != relative
            && File.Exists(Path.Combine(host.ContentPath, owner.Path)))
        {
            logger.LogWarning("{Path}:1: duplicate slug '{Slug}': also used by {Other}", relative, note.Slug, owner.Path);
            return false;
        }
        // The path's old document goes first: an edit may have changed the slug.
        indexer.DeleteByPath(relative);
        indexer.Upsert(note);
        logger.LogInformation("Indexed {Path} as {Slug}", relative, note.Slug);
        return true;
    }

    /// <summary>The committed note whose untokenized <paramref name="field"/> is <paramref name="value"/>.</summary>
    private (string Path, string Hash)? Indexed(string field, string value) => host.Searcher.Use(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(field, value)), 1);
        if (top.TotalHits == 0)
            return ((string, string)?)null;
        var doc = searcher.Doc(top.ScoreDocs[0].Doc);
        return (doc.Get(NoteFields.Path), doc.Get(NoteFields.Hash));
    });
}
