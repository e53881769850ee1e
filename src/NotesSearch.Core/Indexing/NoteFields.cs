using Lucene.Net.Util;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The index schema in one place: every field name, and why each is written the way it is.
/// <see cref="NoteDocuments"/> writes these fields; the searching code queries them by these names only.
/// </summary>
public static class NoteFields
{
    /// <summary>The Lucene version every analyzer and writer is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Bumped whenever the schema or the analysis changes. Stored in the commit's user data;
    /// an index written with another version is rebuilt from the notes, never half-read.
    /// </summary>
    public const string FormatVersion = "5";

    /// <summary>Commit user-data key holding <see cref="FormatVersion"/>.</summary>
    public const string FormatKey = "notes.format";

    /// <summary>Commit user-data key holding the UTC time of the commit (ISO 8601).</summary>
    public const string IndexedAtKey = "notes.indexed";

    // Identity and bookkeeping.

    /// <summary>StringField, stored: the document key (UpdateDocument on this term makes writes idempotent).</summary>
    public const string Slug = "slug";

    /// <summary>StringField, stored: the file the note came from, relative to the content folder.</summary>
    public const string Path = "path";

    /// <summary>Stored only: a hash of the file's bytes, so an unchanged note is never rewritten.</summary>
    public const string Hash = "hash";

    // Full-text fields, English analysis (NFKC, KStem, stop words kept for phrases; see NoteAnalyzer), with offsets in the
    // postings so the postings highlighter can build snippets without re-analysing text.

    /// <summary>TextField, stored, offsets: the title (highest boost).</summary>
    public const string Title = "title";

    /// <summary>TextField, stored, offsets: the summary.</summary>
    public const string Summary = "summary";

    /// <summary>TextField, stored, offsets: the body as plain text.</summary>
    public const string Body = "body";

    /// <summary>TextField, not stored: the topic labels, so "kv cache" finds notes filed under KV cache.</summary>
    public const string TopicText = "topics";

    // Unstemmed copies of the text: prefix*, fuzzy~ and exact matches run here
    // (on a stemmed field "isola*" finds nothing, since "isolated" is indexed as "isol"). A build gathers their terms
    // while the stemmed field is analysed (ExactWords): one tokenising pass per text.

    /// <summary>Suffix of the unstemmed copy of a full-text field.</summary>
    public const string ExactSuffix = ".exact";

    public const string TitleExact = Title + ExactSuffix;
    public const string SummaryExact = Summary + ExactSuffix;
    public const string BodyExact = Body + ExactSuffix;

    // Filters (indexed, untokenized) and facets (doc values: counted without loading documents).

    /// <summary>StringField per topic key: the topic filter and the <c>topic:</c> scope.</summary>
    public const string Topic = "topic";

    /// <summary>SortedSetDocValues per topic: "key\u001Flabel", so labels come from doc values too.</summary>
    public const string TopicFacet = "facet.topic";

    /// <summary>StringField of the section key (a note has at most one): the section filter.</summary>
    public const string Section = "section";

    /// <summary>SortedSetDocValues of the section: "key\u001Flabel", as for topics.</summary>
    public const string SectionFacet = "facet.section";

    /// <summary>StringField "2026": the year filter.</summary>
    public const string Year = "year";

    /// <summary>SortedSetDocValues "2026": the year facet.</summary>
    public const string YearFacet = "facet.year";

    /// <summary>StringField "2026-03": the month filter.</summary>
    public const string Month = "month";

    /// <summary>SortedSetDocValues "2026-03": the month facet.</summary>
    public const string MonthFacet = "facet.month";

    /// <summary>Int32Field yyyyMMdd: date range filters (from, to, after:, before:).</summary>
    public const string Day = "day";

    /// <summary>
    /// UTC ticks, twice under one name: NumericDocValues for newest/oldest sorting and the tie-break among
    /// equal scores, and an Int64Field for "notes before/after this one" (previous/next links).
    /// </summary>
    public const string DateSort = "sort.date";

    /// <summary>SortedDocValues of the slug: a stable last tie-break, so equal dates still order the same way every time.</summary>
    public const string SlugSort = "sort.slug";

    // Stored only: what a result or a note page shows.

    /// <summary>Stored: the publication time, ISO 8601 round-trip form.</summary>
    public const string Date = "date";

    /// <summary>Stored when the note has one: the time of its last change (<c>lastmod</c>), ISO 8601 round-trip form.</summary>
    public const string Updated = "updated";

    /// <summary>Stored when known: when the note's file was last written (UTC, ISO 8601 round-trip form), the feed's "updated".</summary>
    public const string Modified = "modified";

    /// <summary>Stored, one value per topic: "key\u001Flabel".</summary>
    public const string Topics = "topic.stored";

    /// <summary>
    /// Stored: the body as sanitised HTML, rendered once when indexing, so a note page is served from the index alone
    /// (replicas need no content folder) and no request parses Markdown.
    /// </summary>
    public const string Html = "html";

    /// <summary>
    /// Stored: where each paragraph's text starts in the body and its anchor id, one "start id" per line (see
    /// <see cref="Notes.BlockAnchors"/>), so a hit links to the paragraph its snippet came from. A few bytes a block.
    /// </summary>
    public const string Anchors = "anchors";

    /// <summary>Stored: the section as "key\u001Flabel"; absent when the note has none.</summary>
    public const string SectionStored = "section.stored";

    /// <summary>StringField "true" on drafts (indexed only with --drafts).</summary>
    public const string Draft = "draft";

    /// <summary>Separates a topic's (or a section's) key from its label inside one stored or doc-values value.</summary>
    public const char TopicSeparator = '\u001F';

    /// <summary>The full-text fields searched by plain words, with their boosts (title above summary above body).</summary>
    public static readonly IReadOnlyDictionary<string, float> SearchBoosts = new Dictionary<string, float>
    {
        [Title] = 3f,
        [Summary] = 1.5f,
        [Body] = 1f,
        [TopicText] = 1f,
    };
}
