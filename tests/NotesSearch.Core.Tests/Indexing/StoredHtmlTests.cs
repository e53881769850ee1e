using Lucene.Net.Search;
using Lucene.Net.Store;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;
using NotesSearch.Core.Tests.Notes;
using static NotesSearch.Core.Tests.Indexing.IndexerNotes;

namespace NotesSearch.Core.Tests.Indexing;

/// <summary>A note's HTML is rendered when it is indexed and served from the index, never parsed per request.</summary>
public sealed class StoredHtmlTests : IDisposable
{
    private readonly RAMDirectory directory = new();

    private NoteSearcher Searcher() => new(new SearcherManager(directory, new NoteSearcherFactory()));

    [Fact]
    public void TheNotePageServesTheHtmlStoredWhenIndexing()
    {
        // Markdown and HTML that disagree: the page can only show this HTML by reading it from the index.
        var note = Make("stored", text: "*rendered from markdown*") with { Html = "<p>rendered when indexed</p>" };
        using (var indexer = NoteIndexer.Open(directory))
            indexer.Sync(Files(note));
        using var searcher = Searcher();

        Assert.Equal("<p>rendered when indexed</p>", searcher.GetNote("stored")!.Html);
    }

    [Fact]
    public void AParsedNoteIsIndexedWithItsSanitisedHtml()
    {
        var file = TestNotes.Parse("---\ntitle: T\ndate: 2026-05-25\n---\nHello **there**\n\n<form action=\"https://evil.example\"><input></form>\n", "hello.md");
        using (var indexer = NoteIndexer.Open(directory))
            indexer.Sync([file]);
        using var searcher = Searcher();

        Assert.Matches("^<p id=\"p-[0-9a-f]{6}\">Hello <strong>there</strong></p>$", searcher.GetNote("hello")!.Html.Trim());
    }

    [Fact]
    public void TopicsOverTheCapAreWarnedAboutInTheReportAndTheNoteIsIndexed()
    {
        var topics = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"t{i}"));
        var file = TestNotes.Parse($"---\ntitle: T\ndate: 2026-05-25\ntopics: [{topics}]\n---\nBody.\n", "many.md");
        using var indexer = NoteIndexer.Open(directory);

        var report = indexer.Sync([file]);

        Assert.Equal((1, 0, 0, "many.md:4: 60 topics: only the first 50 are kept (10 left out)"),
            (report.Indexed, report.Skipped, report.Errors, report.Problems.Single().ToString()));
    }

    public void Dispose() => directory.Dispose();
}
