using System.Net;
using System.Text.Json.Nodes;
using Lucene.Net.Store;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Tests.Api;

/// <summary>An unexpected failure under /api is a problem+json 500 that gives nothing away.</summary>
public sealed class ApiFailureTests(ApiFailureTests.BrokenSearcherFactory factory) : IClassFixture<ApiFailureTests.BrokenSearcherFactory>
{
    [Theory]
    [InlineData("/api/stats")]
    [InlineData("/api/search?q=gpu")]
    [InlineData("/api/notes/turboquant-kv-cache")]
    public async Task AnUnhandledErrorIsAProblemWithoutDetails(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonNode.Parse(body)!["status"]!.GetValue<int>());
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
    }

    /// <summary>The site with its searcher swapped for one whose searcher manager is already closed: every search throws.</summary>
    public sealed class BrokenSearcherFactory : ApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(_ => ClosedSearcher()));
        }

        private static NoteSearcher ClosedSearcher()
        {
            var directory = new RAMDirectory();
            using var indexer = NoteIndexer.Open(directory);
            var manager = indexer.CreateSearcherManager();
            manager.Dispose();
            return new NoteSearcher(manager);
        }
    }
}
