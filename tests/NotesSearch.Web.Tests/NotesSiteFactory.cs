using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NotesSearch.Web.Hosting;

namespace NotesSearch.Web.Tests;

/// <summary>
/// The site over a private copy of the repository's notes: a temp content folder and a temp index folder,
/// both deleted on dispose, so a test may add, edit and delete notes freely. <see cref="StartKestrel"/> serves
/// it on a real loopback port for a browser (the in-memory test server is not reachable from one).
/// </summary>
public class NotesSiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "notessearch-tests", Guid.NewGuid().ToString("n"));
    private bool kestrel;

    public NotesSiteFactory()
    {
        ContentPath = Path.Combine(root, "content");
        IndexPath = Path.Combine(root, "index");
        var repository = RepositoryPaths.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run the tests from a clone: NotesSearch.sln not found above " + AppContext.BaseDirectory);
        CopyFolder(Path.Combine(repository, "content"), ContentPath);
    }

    public string ContentPath { get; }

    public string IndexPath { get; }

    /// <summary>The loopback address Kestrel listens on, after <see cref="StartKestrel"/>.</summary>
    public Uri? ServerAddress { get; private set; }

    /// <summary>Serves the site on 127.0.0.1 at a free port and returns its address.</summary>
    public Uri StartKestrel()
    {
        kestrel = true;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        ServerAddress = new Uri(addresses.First());
        return ServerAddress;
    }

    /// <summary>Writes a note file into the site's content folder (the live watcher picks it up).</summary>
    public string WriteNote(string fileName, string text)
    {
        var path = Path.Combine(ContentPath, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Notes:ContentPath", ContentPath);
        builder.UseSetting("Notes:IndexPath", IndexPath);
        builder.UseSetting("Notes:ReadOnly", "false");
        builder.UseSetting("Notes:DebounceMilliseconds", "150");
        // The background compile pass would share the test machine's two cores with the tests' own requests.
        builder.UseSetting("Notes:CompileSearchesSeconds", "0");
    }

    public virtual Task InitializeAsync()
    {
        if (!kestrel)
            _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a slow shutdown: the temp folder is cleaned by the OS eventually.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
