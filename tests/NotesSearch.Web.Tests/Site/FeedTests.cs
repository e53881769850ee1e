using System.ServiceModel.Syndication;
using System.Xml;

namespace NotesSearch.Web.Tests.Site;

public sealed class FeedTests(NotesSiteFactory site) : IClassFixture<NotesSiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<SyndicationFeed> LoadAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task FeedIsValidAtomOfTheNewestNotes()
    {
        var feed = await LoadAsync("/feed.xml");

        Assert.Equal("http://localhost/", feed.Id);
        Assert.Equal("Notes", feed.Title.Text);
        Assert.NotEmpty(feed.Authors);
        // Published is the note's date, newest first; the feed's updated is its entries' latest change.
        Assert.Equal(new DateTimeOffset(2026, 5, 25, 0, 0, 0, TimeSpan.Zero), feed.Items.First().PublishDate);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "http://localhost/feed.xml");
        var entries = feed.Items.ToArray();
        Assert.Equal(20, entries.Length);
        Assert.Equal("http://localhost/notes/cuda-l1-rl-kernel-caching", entries[0].Id);
        Assert.All(entries, entry =>
        {
            Assert.StartsWith("http://localhost/notes/", entry.Id);
            Assert.Equal(entry.Id, Assert.Single(entry.Links).Uri.AbsoluteUri);
            Assert.NotEqual(default, entry.LastUpdatedTime);
            Assert.False(string.IsNullOrWhiteSpace(entry.Title.Text));
        });
        Assert.Equal(entries.Select(e => e.PublishDate).OrderDescending(), entries.Select(e => e.PublishDate));
        Assert.Equal(entries.Max(e => e.LastUpdatedTime), feed.LastUpdatedTime);
        Assert.All(entries, entry => Assert.True(entry.LastUpdatedTime >= entry.PublishDate));
    }

    [Fact]
    public async Task FeedCarriesAnETagAndAnswersIfNoneMatchWithNotModified()
    {
        using var first = await client.GetAsync("/feed.xml?q=kv+cache");
        var tag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feed.xml?q=kv+cache");
        again.Headers.IfNoneMatch.Add(tag!);
        using var second = await client.SendAsync(again);
        using var other = await client.GetAsync("/feed.xml?q=infiniband");

        Assert.NotNull(tag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
        Assert.NotEqual(tag, other.Headers.ETag);
        Assert.StartsWith("public, max-age=", first.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task FeedWithSearchParametersIsAFeedOfThatSearch()
    {
        var feed = await LoadAsync("/feed.xml?topic=kv-cache");

        Assert.Equal("http://localhost/?topic=kv-cache", feed.Id);
        Assert.Equal("Notes: topic KV cache", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "http://localhost/feed.xml?topic=kv-cache");
        Assert.All(feed.Items, entry => Assert.Contains(entry.Categories, c => c.Name == "kv-cache"));
    }
}
