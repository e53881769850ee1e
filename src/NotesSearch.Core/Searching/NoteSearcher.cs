using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Answers searches and note lookups over one index. Thread-safe: every call leases a searcher from the
/// <see cref="SearcherManager"/> and releases it; <see cref="Refresh"/> picks up new commits. The query
/// analyzer, synonyms, highlighter and per-segment facet maps are built once and shared by all calls.
/// </summary>
public sealed partial class NoteSearcher : IDisposable
{
    /// <summary>What a hit shows and what its snippet is cut from: loaded once per hit (never the stored HTML).</summary>
    private static readonly HashSet<string> HitFields = [NoteFields.Slug, NoteFields.Title, NoteFields.Summary, NoteFields.Body, NoteFields.Date, NoteFields.Topics, NoteFields.SectionStored, NoteFields.Anchors];

    private static readonly HashSet<string> WarmUpFields = [NoteFields.Title, NoteFields.Topics, NoteFields.Date];

    // Null only on a searcher opened with OpenOrWait before its folder held a readable index.
    private volatile SearcherManager? manager;
    private readonly Lucene.Net.Store.Directory? ownedDirectory;
    private readonly object opening = new();
    private volatile string? unavailable;
    private readonly string? indexPath;
    private readonly SearchOptions options;
    private readonly QueryBuilder builder;
    private readonly FacetOrdinals ordinals = new();
    private readonly Analyzer stemmed = NoteAnalyzer.Stemmed(expandVersions: false);
    private readonly SpellingCorrector corrector = SpellingCorrector.Default;
    private readonly RelatedNotes related = new();

    /// <summary>The automata of fuzzy words searched lately (see <see cref="FuzzyAutomataCache"/>).</summary>
    internal FuzzyAutomataCache FuzzyAutomata { get; } = new();

    /// <summary>Below this many hits a spelling correction is looked for ("did you mean").</summary>
    public const int FewHits = 3;

    /// <summary>How many related notes a note page shows.</summary>
    public const int RelatedCount = 5;

    /// <summary>Searches through a manager someone else owns (the site's writer-backed manager).</summary>
    public NoteSearcher(SearcherManager manager, SearchOptions? options = null)
        : this(manager, null, null, options)
    {
    }

    private NoteSearcher(SearcherManager? manager, Lucene.Net.Store.Directory? ownedDirectory, string? indexPath, SearchOptions? options)
    {
        this.manager = manager;
        this.indexPath = indexPath;
        this.ownedDirectory = ownedDirectory;
        this.options = options ?? SearchOptions.Default;
        builder = new QueryBuilder(this.options);
    }

    /// <summary>The options this searcher reads queries with.</summary>
    public SearchOptions Options => options;

    /// <summary>Opens an index folder read-only (the CLI, read-only replicas).</summary>
    /// <exception cref="IndexNotFoundException">The folder holds no index.</exception>
    /// <exception cref="IOException">The folder's index cannot be read (Lucene's CorruptIndexException and kin).</exception>
    public static NoteSearcher Open(string indexPath, SearchOptions? options = null)
    {
        var directory = FSDirectory.Open(indexPath);
        try
        {
            return new NoteSearcher(new SearcherManager(directory, new NoteSearcherFactory()), directory, indexPath, options);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens an index folder read-only like <see cref="Open(string, SearchOptions?)"/>, but when it holds no readable
    /// index yet (a replica started before its writer, or over a damaged index) returns a searcher whose every call
    /// throws <see cref="IndexUnavailableException"/> (<see cref="Unavailable"/> says why) until a
    /// <see cref="Refresh"/> finds a readable commit.
    /// </summary>
    public static NoteSearcher OpenOrWait(string indexPath, SearchOptions? options = null)
    {
        try
        {
            return Open(indexPath, options);
        }
        catch (Exception e) when (IndexIntegrity.IsOpenFailure(e))
        {
            return new NoteSearcher(null, FSDirectory.Open(indexPath), indexPath, options) { unavailable = WhyUnavailable(indexPath, e) };
        }
    }

    /// <summary>Why there is nothing to search (no readable index in the folder yet), or null when there is.</summary>
    public string? Unavailable => unavailable;

    /// <summary>
    /// The damage a failed search found in a segment this searcher still reads (cleared once that segment is gone,
    /// e.g. after a rebuild), or null. Reads no file: it only recalls what failed searches diagnosed.
    /// </summary>
    public string? KnownDamage()
    {
        if (manager is null)
            return null;
        return Use(searcher => IndexIntegrity.KnownDamage(searcher.IndexReader));
    }

    private static string WhyUnavailable(string indexPath, Exception e) => e is IndexNotFoundException
        ? $"no index at {indexPath} yet (build it with `notes index --index {indexPath}`)"
        : $"the index at {indexPath} cannot be read ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); " +
          "its writer rebuilds it (`notes index`, or the writing site)";

    /// <summary>Opens an index folder read-only, with the synonyms of a Solr-format file (<c>content/synonyms.txt</c>).</summary>
    public static NoteSearcher Open(string indexPath, string synonymsPath) => Open(indexPath, SearchOptions.WithSynonymsFile(synonymsPath));

    /// <summary>Picks up the latest commit, if there is a new one. Cheap when nothing changed.</summary>
    /// <exception cref="IOException">The latest commit cannot be read; the previous one stays in use.</exception>
    public bool Refresh()
    {
        if (manager is { } current)
            return current.MaybeRefresh();
        lock (opening)
        {
            if (manager is not null)
                return false;
            try
            {
                manager = new SearcherManager(ownedDirectory!, new NoteSearcherFactory());
            }
            catch (Exception e) when (IndexIntegrity.IsOpenFailure(e))
            {
                unavailable = WhyUnavailable(indexPath!, e);
                throw;
            }
            unavailable = null;
            return true;
        }
    }

    /// <summary>
    /// Runs a search: the single entry point for the CLI, the site and the API. Never throws for anything a
    /// user can type or ask for: out-of-range parameters are clamped or ignored, with a warning. Every step runs within
    /// the options' <see cref="SearchOptions.TimeBudget"/>; when it runs out the answer holds what was found, and a
    /// warning says which steps were cut short or skipped.
    /// </summary>
    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var budget = new QueryBudget(options);
        var warnings = new List<string>();
        var (page, pageSize) = Paging(request, warnings);
        // Date phrases ("in april 2026") become a date filter; the literal reading (the benchmark's) keeps them words.
        var dates = request.Relax ? DatePhrases.Find(request.Query, DatePhrases.Today(options), options.MaxTerms, options.MaxQueryLength) : null;
        var words = dates?.QueryWithout ?? request.Query;
        ParsedQuery Build(string text, bool anyWord = false) =>
            dates is null ? builder.Build(text, anyWord, literal: !request.Relax, prefixLast: request.PrefixLast) : dates.ApplyTo(builder.Build(text, anyWord, prefixLast: request.PrefixLast));
        var parsed = Build(words);
        if (dates is not null)
            warnings.AddRange(DateWarnings(dates, request));
        warnings.AddRange(parsed.Warnings);
        var (year, month) = Dates(request, warnings);
        var topicKeys = request.Topics.Select(Topic.KeyOf).Where(k => k.Length > 0).Distinct().ToArray();
        var sectionKeys = request.Sections.Select(Section.KeyOf).Where(k => k.Length > 0).Distinct().ToArray();
        var sort = SortOf(request.EffectiveSort);
        var deep = page > SearchRequest.MaxPage;
        if (deep)
            warnings.Add($"Pages past {SearchRequest.MaxPage} are not served; narrow the search instead.");
        var wanted = deep ? 1 : page * pageSize;

        return Use(searcher =>
        {
            // Topic ids exist once the segments are mapped (cached: a no-op after the first search on a reader).
            ordinals.Prepare(searcher.IndexReader);
            var selection = new FacetSelection(topicKeys.Select(ordinals.TopicId).ToHashSet(), year, month is null ? null : year * 100 + month)
            {
                SectionIds = sectionKeys.Select(ordinals.SectionId).ToHashSet(),
            };
            // What the budget cut short or left out, for the warning.
            var cut = new List<string>();
            var expansion = new FuzzyExpansion(budget, FuzzyAutomata);
            var (run, used) = Run(searcher, parsed, request, selection, sort, wanted, expansion, budget, warnings);
            var relaxed = false;
            string? didYouMean = null, corrected = null;
            // Exact first, typos as a fallback: only when few notes match, and offered only when the correction finds more.
            if (run.Counts.Total < FewHits && request.Relax && parsed.HasWords && !run.TimedOut)
            {
                var outcome = budget.Expired ? new CorrectionOutcome(null, false, true)
                    : corrector.Correct(searcher.IndexReader, QueryWords.PlainWords(parsed.Searched), budget);
                if (outcome.TimedOut)
                    cut.Add("not every word was checked for typos");
                if (outcome.WordsCapped)
                    warnings.Add($"Only the first {SpellingCorrector.MaxWords} different words were checked for typos.");
                if (outcome.Correction is { } correction)
                {
                    var text = correction.ApplyTo(parsed.Searched);
                    var (second, fixedQuery) = Run(searcher, Build(text), request, selection, sort, wanted, expansion, budget, warnings);
                    if (second.Counts.Total > run.Counts.Total)
                    {
                        didYouMean = dates is null ? text : string.Join(' ', [text, .. dates.Phrases]);
                        // Shown in place of nothing, unless the reader asked for the words exactly as typed.
                        if (run.Counts.Total == 0 && !request.Exact)
                            (run, used, corrected) = (second, fixedQuery, correction.ToString());
                    }
                }
            }
            if (run.Counts.Total == 0 && request.Relax && parsed.HasWords && !run.TimedOut)
            {
                var anyWord = Build(words, anyWord: true);
                if (anyWord.Query.ToString() != parsed.Query.ToString())
                {
                    if (budget.Expired)
                    {
                        cut.Add("notes with only some of the words were not looked for");
                    }
                    else
                    {
                        var (second, expanded) = Run(searcher, anyWord, request, selection, sort, wanted, expansion, budget, warnings);
                        if (second.Counts.Total > 0)
                            (run, used, relaxed) = (second, expanded, true);
                    }
                }
            }
            if (run.TimedOut)
                cut.Insert(0, "results and counts are partial");
            var hits = deep ? [] : Hits(searcher, run.Page((page - 1) * pageSize, pageSize), used, budget, cut);
            if (cut.Count > 0)
                warnings.Add($"The search took longer than its {options.TimeBudget.TotalMilliseconds:0} ms budget: {string.Join("; ", cut)}.");
            var interpreted = relaxed ? used.Interpreted + " (relaxed: no note has every word, so any word matches)" : used.Interpreted;
            if (corrected is not null)
                interpreted += $" (typo-corrected: {corrected}; nothing matched \"{parsed.Searched}\")";
            var facets = FacetValues.Build(run.Counts, ordinals, topicKeys, sectionKeys, selection, options.TopicFacetSize);
            return new SearchResults(request.Query, run.Counts.Total, page, pageSize, clock.Elapsed.TotalMilliseconds,
                hits, facets, didYouMean, relaxed, interpreted, warnings.Distinct().ToArray())
            {
                Dates = dates,
                CorrectedFrom = corrected is null ? null : parsed.Searched,
            };
        });
    }

    /// <summary>
    /// Loads what all searchers share and is slow to load once: the highlighter's sentence rules (~0.2 s).
    /// A site calls it on another thread as it starts, so that load overlaps the host's own start-up.
    /// </summary>
    public static void Preload() => NoteHighlighter.LoadSentenceRules();

    /// <summary>
    /// Runs one search of each kind readers type (words, a phrase, a prefix, a typo, a topic listing), so the first
    /// reader does not pay for opening the index's structures, the facet maps and the highlighter's rules. The words
    /// come from the index itself. Safe beside real searches; the site starts it in the background while the web host
    /// is still starting.
    /// </summary>
    /// <param name="compileFor">
    /// Then keep running every shape of search (words, AND, OR, phrase, prefix, typo, topic and date filters, read
    /// literally and relaxed) for up to this long, at most <see cref="MaxWarmUpPasses"/> passes: .NET compiles a method
    /// quickly first and optimised only after it has been called some 30 times (more with profile-guided tiering), so
    /// without this the first minute of searches runs slower code (a typo search took 10 ms there, 3 ms after).
    /// Zero (the default) skips it.
    /// </param>
    /// <returns>The listing of every note (the first pass's last answer), for a host to warm what it does with answers.</returns>
    public SearchResults WarmUp(TimeSpan compileFor = default)
    {
        var (word, other, topic, year) = Use(WarmUpWords);
        string[] queries = word is null ? [] : [word, $"\"{word} {word}\"", word[..^1] + "*", word + "~1"];
        foreach (var query in queries)
            Search(new SearchRequest { Query = query });
        var listing = Search(new SearchRequest());
        if (word is null || compileFor <= TimeSpan.Zero)
            return listing;
        other ??= word;
        var typo = word.Length > 3 ? word[0] + word[2..3] + word[1..2] + word[3..] : word;
        SearchRequest[] shapes =
        [
            new() { Query = word },
            new() { Query = $"{word} {other}" },
            new() { Query = $"{word} AND {other}" },
            new() { Query = $"{word} OR {other}" },
            new() { Query = $"\"{word} {other}\"" },
            new() { Query = word[..Math.Max(2, word.Length - 2)] + "*" },
            new() { Query = typo + "~" },
            new() { Query = typo },
            new() { Query = word[..^1], PrefixLast = true },
            new() { Query = word, Topics = topic is null ? [] : [topic] },
            new() { Query = other, From = year is null ? null : new DateOnly(year.Value, 1, 1), To = year is null ? null : new DateOnly(year.Value, 12, 31) },
            new() { Topics = topic is null ? [] : [topic] },
        ];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var pass = 0; pass < MaxWarmUpPasses && clock.Elapsed < compileFor; pass++)
        {
            foreach (var shape in shapes)
                Search(shape with { Relax = pass % 2 == 0 });
        }
        return listing;
    }

    /// <summary>The most passes <see cref="WarmUp"/> runs to get the search code compiled optimised.</summary>
    public const int MaxWarmUpPasses = 120;

    /// <summary>
    /// The two longest words of the newest note's title, its first topic and its year; nulls in an empty index.
    /// </summary>
    private static (string? Word, string? Other, string? Topic, int? Year) WarmUpWords(IndexSearcher searcher)
    {
        var newest = First(searcher, SearchSort.Newest);
        if (newest.TotalHits == 0)
            return (null, null, null, null);
        var doc = searcher.Doc(newest.ScoreDocs[0].Doc, WarmUpFields);
        var words = (doc.Get(NoteFields.Title) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length >= 2)
            .OrderByDescending(w => w.Length)
            .ToArray();
        var topic = doc.GetValues(NoteFields.Topics).Select(NoteDocuments.UnpackTopic).FirstOrDefault()?.Key;
        return (words.FirstOrDefault(), words.Skip(1).FirstOrDefault(), topic, NoteDocuments.DateOf(doc).Year);
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
            doc.Get(NoteFields.Summary), doc.Get(NoteFields.Html), doc.Get(NoteFields.Body),
            UrlOf(slug), Neighbour(searcher, date, slug, older: true), Neighbour(searcher, date, slug, older: false),
            related.Find(searcher, slug, RelatedCount))
        {
            Updated = NoteDocuments.UpdatedOf(doc) is { } updated ? DateOnly.FromDateTime(updated.DateTime) : null,
            Section = NoteDocuments.SectionOf(doc),
        };
    });

    /// <summary>Counts and dates of what is indexed.</summary>
    public IndexStatistics Statistics() => Use(searcher =>
    {
        var reader = (DirectoryReader)searcher.IndexReader;
        var commit = reader.IndexCommit;
        var userData = commit.UserData;
        DateTimeOffset? indexed = userData.TryGetValue(NoteFields.IndexedAtKey, out var at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null;
        var newest = First(searcher, SearchSort.Newest);
        var oldest = First(searcher, SearchSort.Oldest);
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
        var size = commit.FileNames.Sum(name => SizeOf(reader.Directory, name));
        return new IndexStatistics(reader.NumDocs, topics.Count, DayOf(searcher, newest), DayOf(searcher, oldest),
            commit.Generation, indexed, userData.TryGetValue(NoteFields.FormatKey, out var format) ? format : null, size);
    });

    /// <summary>
    /// A file's size, or 0 when it is gone: a newer commit may already have deleted the previous commit's
    /// segments_N while this (older) searcher is still leased, and statistics must not fail for that.
    /// </summary>
    private static long SizeOf(Lucene.Net.Store.Directory directory, string name)
    {
        try
        {
            return directory.FileLength(name);
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>Leases a searcher for the duration of <paramref name="work"/>; the lease is always released.</summary>
    /// <exception cref="IndexUnavailableException">
    /// There is no index yet, or <paramref name="work"/> failed on a segment whose checksum no longer holds (a
    /// damaged file): no query can be answered from it until the index is rebuilt.
    /// </exception>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        var current = manager ?? throw new IndexUnavailableException(unavailable ?? "no index yet");
        var searcher = current.Acquire();
        try
        {
            return work(searcher);
        }
        catch (Exception e) when (IndexIntegrity.Diagnose(searcher.IndexReader, e) is { } damage)
        {
            throw new IndexUnavailableException($"the index is damaged: {damage}", e);
        }
        finally
        {
            current.Release(searcher);
        }
    }

    /// <summary>The site's address of a note.</summary>
    /// <remarks>A slug's folders stay path segments (<c>/notes/news/meetup</c>): each segment is escaped, not the '/'.</remarks>
    public static string UrlOf(string slug) => "/notes/" + string.Join('/', slug.Split('/').Select(Uri.EscapeDataString));

    private static (int Page, int PageSize) Paging(SearchRequest request, List<string> warnings)
    {
        var pageSize = request.PageSize;
        if (pageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            pageSize = Math.Clamp(pageSize, 1, SearchRequest.MaxPageSize);
            warnings.Add($"pageSize must be between 1 and {SearchRequest.MaxPageSize}; {pageSize} was used.");
        }
        var page = request.Page;
        if (page < 1)
        {
            page = 1;
            warnings.Add("page must be 1 or more; page 1 is shown.");
        }
        return (page, pageSize);
    }

    private static (int? Year, int? Month) Dates(SearchRequest request, List<string> warnings)
    {
        var year = request.Year;
        if (year is < 1 or > 9999)
        {
            warnings.Add($"year {year} is out of range; it was ignored.");
            year = null;
        }
        var month = request.Month;
        if (month is not null && (month is < 1 or > 12 || year is null))
        {
            warnings.Add(year is null ? "month needs a year; it was ignored." : $"month {month} is out of range; it was ignored.");
            month = null;
        }
        return (year, month);
    }

    /// <summary>What a reader should know about the dates the query's phrases named: that they, or they and from/to, exclude every day.</summary>
    private static IEnumerable<string> DateWarnings(QueryDates dates, SearchRequest request)
    {
        if (dates.Empty)
        {
            yield return $"The dates “{string.Join("”, “", dates.Phrases)}” have no day in common; no note can match.";
            yield break;
        }
        // From/to and the phrases both apply (their intersection).
        var from = request.From is { } f && (dates.From is null || f > dates.From) ? f : dates.From;
        var to = request.To is { } t && (dates.To is null || t < dates.To) ? t : dates.To;
        if (from is { } first && to is { } last && first > last)
            yield return $"“{string.Join(" and ", dates.Phrases)}” ({dates.Describe()}) and the from/to dates have no day in common; no note can match.";
    }

    /// <summary>The first note of the whole index in date order (newest or oldest).</summary>
    private static TopDocs First(IndexSearcher searcher, SearchSort order) => searcher.Search(new MatchAllDocsQuery(), null, 1, SortOf(order));

    private static Sort SortOf(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: true), new SortField(NoteFields.SlugSort, SortFieldType.STRING)),
        SearchSort.Oldest => new Sort(new SortField(NoteFields.DateSort, SortFieldType.INT64), new SortField(NoteFields.SlugSort, SortFieldType.STRING)),
        // Equal scores: newer first, then by slug so the order never changes between runs.
        _ => new Sort(SortField.FIELD_SCORE, new SortField(NoteFields.DateSort, SortFieldType.INT64, reverse: true), new SortField(NoteFields.SlugSort, SortFieldType.STRING)),
    };

    /// <summary>
    /// The query narrowed to the request's dates and the query's after:/before: (a filter: scores unchanged). Days are
    /// compared as yyyyMMdd numbers, never by date arithmetic, so bounds at either end of the calendar (before:0001,
    /// to=9999-12-31) simply match nothing or everything.
    /// </summary>
    private static Query Filtered(ParsedQuery parsed, SearchRequest request)
    {
        int? first = Max(DayNumber(request.From), DayNumber(parsed.After));
        // Both exclusive: the day after "to" (as a number: yyyyMMdd + 1 is past that day and not past the next) and "before".
        int? end = Min(DayNumber(request.To) + 1, DayNumber(parsed.Before));
        if (first is null && end is null)
            return parsed.Query;
        return new FilteredQuery(parsed.Query, NumericRangeFilter.NewInt32Range(NoteFields.Day, first, end, true, false));
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    /// <summary>yyyyMMdd, as <see cref="NoteFields.Day"/> is indexed.</summary>
    private static int? DayNumber(DateOnly? day) => day is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;

    /// <summary>
    /// One pass of <paramref name="parsed"/>: its prefix, wildcard and fuzzy words expanded within the budget, then the
    /// hits collected within what is left of it. Returns the pass and the query as run (what the highlighter marks).
    /// </summary>
    private (SearchPass Pass, ParsedQuery Used) Run(IndexSearcher searcher, ParsedQuery parsed, SearchRequest request, FacetSelection selection,
        Sort sort, int wanted, FuzzyExpansion expansion, QueryBudget budget, List<string> warnings)
    {
        if (budget.Expired)
            return (SearchPass.OutOfTime, parsed);
        try
        {
            // Fuzzy words are expanded once, here, for the search and the highlighter alike (see FuzzyExpansion).
            var expanded = parsed with { Query = expansion.Expand(parsed.Query, searcher.IndexReader) };
            var weight = searcher.CreateNormalizedWeight(Filtered(expanded, request));
            return (SearchPass.Run(searcher.IndexReader, weight, ordinals, selection, sort, wanted, options, budget), expanded);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A wildcard or fuzzy term expanded past Lucene's clause limit: answer with nothing rather than fail.
            warnings.Add("The query expands to too many terms; make wildcard or fuzzy words longer.");
            return (SearchPass.None, parsed);
        }
        catch (QueryBudgetExceededException)
        {
            // The budget ran out while prefix, wildcard or fuzzy words were expanded, before any hit was collected.
            return (SearchPass.OutOfTime, parsed);
        }
    }

    private SearchHit[] Hits(IndexSearcher searcher, ScoreDoc[] page, ParsedQuery parsed, QueryBudget budget, List<string> cut)
    {
        if (page.Length == 0)
            return [];
        var docs = page.Select(hit => hit.Doc).ToArray();
        var stored = docs.ToDictionary(id => id, id => searcher.Doc(id, HitFields));
        (string Title, string Snippet)[]? highlighted = null;
        if (parsed.HasWords && budget.Expired)
        {
            cut.Add("matches in the snippets are not marked");
        }
        else if (parsed.HasWords)
        {
            try
            {
                var terms = HighlightQuery.Build(parsed.Query, searcher.IndexReader, stemmed, docs);
                highlighted = terms is null ? null : new NoteHighlighter(stored, terms).Highlight(searcher, terms.Query, docs);
            }
            catch (QueryBudgetExceededException)
            {
                // A prefix or wildcard word was still being expanded for marking when the budget ran out.
                cut.Add("matches in the snippets are not marked");
            }
        }
        var hits = new SearchHit[page.Length];
        for (var i = 0; i < page.Length; i++)
        {
            var doc = stored[docs[i]];
            var slug = doc.Get(NoteFields.Slug);
            var title = doc.Get(NoteFields.Title);
            var summary = doc.Get(NoteFields.Summary) ?? "";
            var (titleHtml, snippet) = highlighted is null || string.IsNullOrEmpty(highlighted[i].Snippet)
                ? (HtmlText.Escape(title), HtmlText.Escape(Excerpt(summary)))
                : highlighted[i];
            var anchor = highlighted is null ? null : SnippetAnchor.Find(snippet, doc.Get(NoteFields.Body) ?? "", NoteDocuments.AnchorsOf(doc));
            (titleHtml, snippet) = (SnippetTypography.Dashes(titleHtml), SnippetTypography.Snippet(snippet));
            hits[i] = new SearchHit(slug, title, DateOnly.FromDateTime(NoteDocuments.DateOf(doc).DateTime), NoteDocuments.TopicsOf(doc),
                summary, snippet, float.IsNaN(page[i].Score) ? 0 : page[i].Score, UrlOf(slug))
            {
                Anchor = anchor,
                MatchUrl = MatchUrlOf(slug, parsed, anchor),
                TitleHtml = string.IsNullOrEmpty(titleHtml) ? HtmlText.Escape(title) : titleHtml,
                Section = NoteDocuments.SectionOf(doc),
            };
        }
        return hits;
    }

    /// <summary>The note's page with the words searched marked (<c>?q=</c>), at the matching paragraph (<c>#p-…</c>) when known.</summary>
    private static string MatchUrlOf(string slug, ParsedQuery parsed, string? anchor) =>
        !parsed.HasWords || string.IsNullOrWhiteSpace(parsed.Searched) ? UrlOf(slug)
            : UrlOf(slug) + "?q=" + Uri.EscapeDataString(parsed.Searched) + (anchor is null ? "" : "#" + anchor);

    /// <summary>The opening of a text, about a snippet long, cut between words.</summary>
    private static string Excerpt(string text)
    {
        if (text.Length <= NoteHighlighter.SnippetLength)
            return text;
        var end = text.LastIndexOf(' ', NoteHighlighter.SnippetLength);
        return text[..(end > 0 ? end : NoteHighlighter.SnippetLength)] + MarkPassageFormatter.Ellipsis;
    }

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

    public void Dispose()
    {
        if (ownedDirectory is null)
            return;
        manager?.Dispose();
        ownedDirectory.Dispose();
    }
}
