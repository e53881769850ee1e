using System.Net;
using System.Text.Json.Nodes;

namespace NotesSearch.Web.Tests.Api;

/// <summary>An edit to a note changes the tags and the answers; each test owns its site, since it edits the content.</summary>
public sealed class ApiReindexTests
{
    [Fact]
    public async Task EditingANoteChangesTheTagAndTheAnswer()
    {
        await using var factory = new ApiFactory();
        await factory.InitializeAsync();
        var client = factory.CreateClient();
        var before = await client.GetAsync("/api/search?q=zanzibarquux");
        var stats = await client.GetAsync("/api/stats");
        var note = Directory.EnumerateFiles(factory.ContentPath, "*turboquant-kv-cache.md").Single();
        await File.AppendAllTextAsync(note, "\n\nA new paragraph about zanzibarquux.\n");

        await factory.AwaitContentChangeAsync(async () =>
            Total(await client.GetStringAsync("/api/search?q=zanzibarquux")) == 1);
        var after = await client.GetAsync("/api/search?q=zanzibarquux");
        var revalidated = await GetWithTagAsync(client, "/api/stats", stats.Headers.ETag!);

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(0, Total(await before.Content.ReadAsStringAsync()));
        Assert.Equal(1, Total(await after.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.NotEqual(stats.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task DeletingANoteMakesItA404AndUpdatesTopicCounts()
    {
        await using var factory = new ApiFactory();
        await factory.InitializeAsync();
        var client = factory.CreateClient();
        var topicsBefore = JsonNode.Parse(await client.GetStringAsync("/api/topics"))!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/notes/turboquant-kv-cache")).StatusCode);
        File.Delete(Directory.EnumerateFiles(factory.ContentPath, "*turboquant-kv-cache.md").Single());

        await factory.AwaitContentChangeAsync(async () =>
            (await client.GetAsync("/api/notes/turboquant-kv-cache")).StatusCode == HttpStatusCode.NotFound);
        var topicsAfter = JsonNode.Parse(await client.GetStringAsync("/api/topics"))!;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/notes/turboquant-kv-cache")).StatusCode);
        Assert.Equal(Count(topicsBefore, "kv-cache") - 1, Count(topicsAfter, "kv-cache"));
    }

    private static int Total(string json) => JsonNode.Parse(json)!["total"]!.GetValue<int>();

    private static int Count(JsonNode topics, string key) =>
        topics["topics"]!.AsArray().Single(t => t!["key"]!.GetValue<string>() == key)!["count"]!.GetValue<int>();

    private static Task<HttpResponseMessage> GetWithTagAsync(HttpClient client, string url, System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }
}
