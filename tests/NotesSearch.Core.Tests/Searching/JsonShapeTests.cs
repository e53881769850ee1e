using System.Text.Json;
using NotesSearch.Core.Searching;
using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class JsonShapeTests
{
    [Fact]
    public void ResultsSerialiseToTheSpecShape()
    {
        using var searcher = Build(Note("kv", "KV cache", "the kv cache", "2026-03-22", "sum", "KV cache"));

        var json = JsonDocument.Parse(JsonSerializer.Serialize(searcher.Search("kv cache"), NotesJson.Options)).RootElement;

        Assert.Equal(
            ["query", "total", "page", "pageSize", "tookMs", "hits", "facets", "didYouMean", "relaxed", "interpreted", "warnings", "dates", "correctedFrom"],
            json.EnumerateObject().Select(p => p.Name));
        var hit = json.GetProperty("hits")[0];
        Assert.Equal(["slug", "title", "date", "topics", "summary", "snippet", "score", "url", "titleHtml", "section", "anchor", "matchUrl"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["topics", "years", "months", "sections"], json.GetProperty("facets").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("section").ValueKind);
        Assert.Equal("2026-03-22", hit.GetProperty("date").GetString());
        Assert.Equal("""{"key":"kv-cache","label":"KV cache"}""", hit.GetProperty("topics")[0].GetRawText());
        Assert.Equal("""{"key":"kv-cache","label":"KV cache","count":1,"selected":false}""", json.GetProperty("facets").GetProperty("topics")[0].GetRawText());
        Assert.Equal("""{"key":"2026-03","label":"March 2026","count":1,"selected":false}""", json.GetProperty("facets").GetProperty("months")[0].GetRawText());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("didYouMean").ValueKind);
        Assert.Equal("/notes/kv", hit.GetProperty("url").GetString());
    }
}
