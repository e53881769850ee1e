using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Indexing;

/// <summary>
/// A build gathers the unstemmed copies' terms while the stemmed chain reads each text (one tokenising pass): the copies
/// must hold exactly the terms the unstemmed chain gives the same text, or prefix, fuzzy and exact-word searches would
/// find other notes than before. Checked on real blogs and on hostile text made here.
/// </summary>
public class ExactWordsTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Exact = NoteAnalyzer.Exact(expandVersions: true);

    [Fact]
    public void The_go_blog_and_the_small_blogs_get_the_terms_of_the_unstemmed_chain()
    {
        var notes = new[] { RepoPaths.GoBlogPosts, RepoPaths.Blog("zola"), RepoPaths.Blog("hugo"), RepoPaths.Blog("jekyll"), RepoPaths.Blog("docusaurus") }
            .SelectMany(folder => new ContentScanner(NoteParserOptions.Default).Scan(folder))
            .Select(f => f.Note)
            .OfType<Note>()
            .ToArray();
        Assert.True(notes.Length > 250, $"only {notes.Length} notes");
        AssertSameTerms(notes);
    }

    [Fact]
    public void Hostile_text_gets_the_terms_of_the_unstemmed_chain()
    {
        var random = new Random(15);
        // Hyphens between every kind of character, names with versions, apostrophes, accents composed and not, wide
        // letters, CJK and kana, digits with separators, and words that make a hyphenated whole over the tokenizer's limit.
        string[] pieces =
        [
            "-", "‐", "‑", "--", " ", " ", "'s", "’", "RoCEv2", "llama3", "H100", "h-100", "DeepSeek-R1", "all-to-all", "x86-64",
            "1,000", "2.5", "v2", "Zu\u0308rich", "café", "ＧＰＵ", "漢字", "カタカナ", "ß", "İstanbul", "_", "e-mail", "3-4",
            new string('a', 200), new string('b', 120), "naïve", "ǅ", "ﬁle",
        ];
        var notes = Enumerable.Range(0, 300).Select(i =>
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            return IndexerNotes.Make($"n{i}", text) with { Title = text[..Math.Min(text.Length, 80)], Summary = text[..(text.Length / 2)] };
        }).ToArray();
        AssertSameTerms(notes);
    }

    [Fact]
    public void A_very_long_text_does_not_keep_its_buffer_for_the_next_notes()
    {
        var words = new ExactWords();
        var longText = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => "word" + i));

        words.FillFrom(longText);
        var grown = words.Capacity;
        words.Start("a short note");

        Assert.True(grown > ExactWords.KeptChars, $"grew to {grown} characters only");
        Assert.True(words.Capacity <= ExactWords.KeptChars, $"kept {words.Capacity} characters");
    }

    [Fact]
    public void A_hyphenated_whole_over_the_tokenizer_limit_keeps_its_parts()
    {
        // The stemmed chain sees one token of 321 characters (dropped: over 255); the unstemmed chain sees two.
        var text = "start " + new string('a', 200) + "-" + new string('b', 120) + " end";
        AssertSameTerms([IndexerNotes.Make("long", text)]);
    }

    [Fact]
    public void A_name_that_starts_with_a_hyphen_after_an_ideograph_is_indexed()
    {
        // Its joined form took the hyphen's offset, before its first part's: the writer refused the whole note (and the build).
        AssertSameTerms([IndexerNotes.Make("cjk", "字\u2011İu\u0308l-0 and x86-64")]);
    }

    private static void AssertSameTerms(IReadOnlyList<Note> notes)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NoteFields.Version, NoteAnalyzer.ForIndexing())))
        {
            var builder = new NoteDocumentBuilder();
            foreach (var note in notes)
                writer.AddDocument(builder.Build(note));
        }
        using var reader = DirectoryReader.Open(directory);
        foreach (var (field, text) in new (string, Func<Note, string>)[]
                 {
                     (NoteFields.TitleExact, n => n.Title), (NoteFields.SummaryExact, n => n.Summary), (NoteFields.BodyExact, n => n.Text),
                 })
        {
            var indexed = TermsPerDocument(reader, field);
            for (var doc = 0; doc < notes.Count; doc++)
            {
                var expected = AnalyzedTerms.Of(Exact, field, text(notes[doc])).ToHashSet(StringComparer.Ordinal);
                var actual = indexed.GetValueOrDefault(doc) ?? [];
                Assert.True(expected.SetEquals(actual),
                    $"{notes[doc].Slug} {field}: missing [{string.Join(' ', expected.Except(actual))}], extra [{string.Join(' ', actual.Except(expected))}]");
            }
        }
    }

    private static Dictionary<int, HashSet<string>> TermsPerDocument(DirectoryReader reader, string field)
    {
        var perDocument = new Dictionary<int, HashSet<string>>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                var docs = terms.Docs(null, null, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var doc = leaf.DocBase + docs.DocID;
                    if (!perDocument.TryGetValue(doc, out var set))
                        perDocument[doc] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(term);
                }
            }
        }
        return perDocument;
    }
}
