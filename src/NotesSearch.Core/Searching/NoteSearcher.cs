using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Answers searches and note lookups over one index. Thread-safe: every call leases a searcher from the
/// <see cref="SearcherManager"/> and releases it; <see cref="Refresh"/> picks up new commits.
/// </summary>
public sealed class NoteSearcher : IDisposable
{
    private readonly SearcherManager manager;
    private readonly Lucene.Net.Store.Directory? ownedDirectory;

    /// <summary>Searches through a manager someone else owns (the site's writer-backed manager).</summary>
    public NoteSearcher(SearcherManager manager) => this.manager = manager;

    private NoteSearcher(SearcherManager manager, Lucene.Net.Store.Directory ownedDirectory)
    {
        this.manager = manager;
        this.ownedDirectory = ownedDirectory;
    }

    /// <summary>Opens an index folder read-only (the CLI, read-only replicas).</summary>
    /// <exception cref="IndexNotFoundException">The folder holds no index.</exception>
    public static NoteSearcher Open(string indexPath)
    {
        var directory = FSDirectory.Open(indexPath);
        try
        {
            return new NoteSearcher(new SearcherManager(directory, new NoteSearcherFactory()), directory);
        }
        catch (IndexNotFoundException)
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Picks up the latest commit, if there is a new one. Cheap when nothing changed.</summary>
    public bool Refresh() => manager.MaybeRefresh();

    /// <summary>Runs a search. Never throws for anything a user can type.</summary>
    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        return Use(searcher =>
        {
            Query query = request.HasWords ? PlainWords(request.Query) : new MatchAllDocsQuery();
            var sort = request.EffectiveSort switch
            {
                SearchSort.Newest => new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: true)),
                SearchSort.Oldest => new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64)),
                _ => new Sort(SortField.FIELD_SCORE, new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: true)),
            };
            var wanted = Math.Max(1, request.Page * request.PageSize);
            var top = searcher.Search(query, null, wanted, sort, doDocScores: true, doMaxScore: false);
            var hits = top.ScoreDocs
                .Skip((request.Page - 1) * request.PageSize)
                .Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score))
                .ToArray();
            return new SearchResults(request.Query, top.TotalHits, request.Page, request.PageSize,
                clock.Elapsed.TotalMilliseconds, hits, SearchFacets.Empty, null, false, query.ToString(), []);
        });
    }

    /// <summary>The note with this slug, ready to show; null when there is none.</summary>
    public NotePage? GetNote(string slug) => Use(searcher =>
    {
        var found = searcher.Search(new TermQuery(NoteDocuments.KeyOf(slug)), 1);
        if (found.TotalHits == 0)
            return null;
        var doc = searcher.Doc(found.ScoreDocs[0].Doc);
        var date = NoteDocuments.DateOf(doc);
        return new NotePage(slug, doc.Get(NoteFields.Title), DateOnly.FromDateTime(date.DateTime), NoteDocuments.TopicsOf(doc),
            doc.Get(NoteFields.Summary), NoteHtmlRenderer.ToHtml(doc.Get(NoteFields.Markdown)), doc.Get(NoteFields.Body),
            UrlOf(slug), Neighbour(searcher, date, slug, older: true), Neighbour(searcher, date, slug, older: false), []);
    });

    /// <summary>Counts and dates of what is indexed.</summary>
    public IndexStatistics Statistics() => Use(searcher =>
    {
        var reader = (DirectoryReader)searcher.IndexReader;
        var commit = reader.IndexCommit;
        var userData = commit.UserData;
        DateTimeOffset? indexed = userData.TryGetValue(NoteFields.IndexedAtKey, out var at) ? DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture) : null;
        var newest = searcher.Search(new MatchAllDocsQuery(), null, 1, new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: true)));
        var oldest = searcher.Search(new MatchAllDocsQuery(), null, 1, new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64)));
        var topics = new HashSet<string>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(NoteFields.TopicFacet);
            for (var ord = 0L; values is not null && ord < values.ValueCount; ord++)
            {
                var term = new Lucene.Net.Util.BytesRef();
                values.LookupOrd(ord, term);
                topics.Add(NoteDocuments.UnpackTopic(term.Utf8ToString()).Key);
            }
        }
        var size = commit.FileNames.Sum(name => reader.Directory.FileLength(name));
        return new IndexStatistics(reader.NumDocs, topics.Count, DayOf(searcher, newest), DayOf(searcher, oldest),
            commit.Generation, indexed, userData.TryGetValue(NoteFields.FormatKey, out var format) ? format : null, size);
    });

    /// <summary>Leases a searcher for the duration of <paramref name="work"/>; the lease is always released.</summary>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        var searcher = manager.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The site's address of a note.</summary>
    public static string UrlOf(string slug) => "/notes/" + Uri.EscapeDataString(slug);

    private static DateOnly? DayOf(IndexSearcher searcher, TopDocs top) =>
        top.ScoreDocs.Length == 0 ? null : DateOnly.FromDateTime(NoteDocuments.DateOf(searcher.Doc(top.ScoreDocs[0].Doc)).DateTime);

    private static NoteLink? Neighbour(IndexSearcher searcher, DateTimeOffset date, string slug, bool older)
    {
        var ticks = date.UtcTicks;
        // Notes on or before (after) this one, nearest first; equal times are ordered by slug.
        var range = older
            ? NumericRangeQuery.NewInt64Range(NoteFields.DateSort, null, ticks, true, true)
            : NumericRangeQuery.NewInt64Range(NoteFields.DateSort, ticks, null, true, true);
        var sort = new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: older),
            new SortField(NoteFields.SlugSort, SortFieldType.STRING, reverse: older));
        var near = searcher.Search(range, null, 64, sort);
        foreach (var hit in near.ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc);
            var otherSlug = doc.Get(NoteFields.Slug);
            var otherTicks = NoteDocuments.DateOf(doc).UtcTicks;
            var sameTime = otherTicks == ticks;
            var before = string.CompareOrdinal(otherSlug, slug) < 0;
            if (otherSlug == slug || (sameTime && before != older))
                continue;
            return new NoteLink(otherSlug, doc.Get(NoteFields.Title), DateOnly.FromDateTime(NoteDocuments.DateOf(doc).DateTime), UrlOf(otherSlug));
        }
        return null;
    }

    private static Query PlainWords(string text)
    {
        var parser = new Lucene.Net.QueryParsers.Classic.MultiFieldQueryParser(NoteFields.Version,
            [NoteFields.Title, NoteFields.Summary, NoteFields.Body], NoteAnalyzer.ForQueries(),
            NoteFields.SearchBoosts.ToDictionary(p => p.Key, p => p.Value))
        {
            DefaultOperator = Lucene.Net.QueryParsers.Classic.Operator.AND,
        };
        return parser.Parse(Lucene.Net.QueryParsers.Classic.QueryParserBase.Escape(text));
    }

    private static SearchHit ToHit(Document doc, float score)
    {
        var slug = doc.Get(NoteFields.Slug);
        var summary = doc.Get(NoteFields.Summary);
        return new SearchHit(slug, doc.Get(NoteFields.Title), DateOnly.FromDateTime(NoteDocuments.DateOf(doc).DateTime),
            NoteDocuments.TopicsOf(doc), summary, System.Net.WebUtility.HtmlEncode(summary), float.IsNaN(score) ? 0 : score, UrlOf(slug));
    }

    public void Dispose()
    {
        if (ownedDirectory is null)
            return;
        manager.Dispose();
        ownedDirectory.Dispose();
    }
}
