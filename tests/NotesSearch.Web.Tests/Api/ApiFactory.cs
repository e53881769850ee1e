using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NotesSearch.Core.Notes;
using NotesSearch.Web.Api.Caching;
using NotesSearch.Web.Hosting;

namespace NotesSearch.Web.Tests.Api;

/// <summary>
/// The site on a test server, over a temp copy of the repository's content and a temp index (built on start),
/// both deleted on dispose. Subclasses change settings (<see cref="Settings"/>); tests that edit notes make their
/// own instance rather than share one.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "notes-api-tests", Guid.NewGuid().ToString("N"));

    public ApiFactory()
    {
        var repository = RepositoryPaths.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run the tests from a clone: NotesSearch.sln not found above " + AppContext.BaseDirectory);
        CopyFolder(Path.Combine(repository, "content"), ContentPath);
    }

    public string ContentPath => Path.Combine(root, "content");

    public string IndexPath => Path.Combine(root, "index");

    /// <summary>The index host of the running site (starts it on first use).</summary>
    public NotesIndexHost IndexHost => Services.GetRequiredService<NotesIndexHost>();

    /// <summary>Configuration the site starts with; override to add to it.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notes:ContentPath"] = ContentPath,
        ["Notes:IndexPath"] = IndexPath,
        // The background compile pass would share the test machine's two cores with the tests' own requests.
        ["Notes:CompileSearchesSeconds"] = "0",
        ["Api:RateLimit:ExemptLoopback"] = "true",
    };

    /// <summary>
    /// Waits until searches see an edit made to the content folder, as <paramref name="seen"/> tells (asked about
    /// every 50 ms): a content watcher, when the site runs one, picks it up on its own; without one (or if it stays
    /// quiet for 10 s), the index is synced here as the watcher would. Any change of the index version is not
    /// enough: a commit other than the edit's (the start-up catch-up, or a save caught half-written) ends such a
    /// wait before the edit is searchable.
    /// </summary>
    public async Task AwaitContentChangeAsync(Func<Task<bool>> seen)
    {
        var searcher = IndexHost.Searcher;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            searcher.Refresh();
            if (await seen())
                return;
            await Task.Delay(50);
        }
        var indexer = IndexHost.Indexer ?? throw new InvalidOperationException("The test site is read-only.");
        indexer.Sync(new ContentScanner(new NoteParserOptions()).Scan(ContentPath));
        searcher.Refresh();
    }

    /// <summary>The index version searches see now.</summary>
    public string IndexVersion => IndexHost.Searcher.Current();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public Task InitializeAsync()
    {
        // Start the host (and build the index) before the first test's clock starts.
        _ = Server;
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        // The host first: the index files are open until it stops.
        await base.DisposeAsync();
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
