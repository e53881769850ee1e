using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// The site as a real process started from a folder that is not its own (as a service manager or a shell in /tmp
/// would start it): its stylesheet and script are still served. Both layouts: the build output (whose static web
/// assets manifest points at the project's wwwroot) and a published folder (wwwroot beside the app, no manifest).
/// </summary>
public sealed class StartFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("notes-start-folder-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CssAndScriptAreServedWhateverFolderTheSiteIsStartedFrom(bool published)
    {
        var app = published ? PublishedLayout() : BuildOutput();
        var content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        File.WriteAllText(Path.Combine(content, "2026-05-25-a-note.md"), "---\ntitle: A note\n---\nSome words.\n");
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        var address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(app, "NotesSearch.Web.dll"), "--urls", address, "--Notes:ContentPath", content,
                "--Notes:IndexPath", Path.Combine(root, "index") },
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production" },
        };
        using var site = Process.Start(start)!;
        site.OutputDataReceived += (_, _) => { };
        site.ErrorDataReceived += (_, _) => { };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilUpAsync(client, site);

            using var css = await client.GetAsync("/css/site.css");
            using var script = await client.GetAsync("/js/site.js");

            Assert.Equal((HttpStatusCode.OK, "text/css"), (css.StatusCode, css.Content.Headers.ContentType?.MediaType));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
        finally
        {
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync();
        }
    }

    /// <summary>The web project's build output, as the test's own build made it.</summary>
    private static string BuildOutput()
    {
        // tests/NotesSearch.Web.Tests/bin/<Configuration>/<framework>/ → src/NotesSearch.Web/bin/<Configuration>/<framework>/
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!;
        var repository = NotesSearch.Web.Hosting.RepositoryPaths.FindRoot(AppContext.BaseDirectory)!;
        var output = Path.Combine(repository, "src", "NotesSearch.Web", "bin", configuration.Name, framework.Name);
        Assert.True(File.Exists(Path.Combine(output, "NotesSearch.Web.dll")), $"no build output at {output}");
        return output;
    }

    /// <summary>What <c>dotnet publish</c> lays out, without the minute it takes: the build output, wwwroot beside it, no manifest.</summary>
    private string PublishedLayout()
    {
        var build = BuildOutput();
        var published = Path.Combine(root, "published");
        Copy(build, published);
        File.Delete(Path.Combine(published, "NotesSearch.Web.staticwebassets.runtime.json"));
        var repository = NotesSearch.Web.Hosting.RepositoryPaths.FindRoot(AppContext.BaseDirectory)!;
        Copy(Path.Combine(repository, "src", "NotesSearch.Web", "wwwroot"), Path.Combine(published, "wwwroot"));
        return published;
    }

    private static async Task WaitUntilUpAsync(HttpClient client, Process site)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(site.HasExited, $"the site exited with code {(site.HasExited ? site.ExitCode : 0)}");
            try
            {
                using var health = await client.GetAsync("/healthz");
                if (health.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still opening the index.
            }
            await Task.Delay(200);
        }
        Assert.Fail("the site did not answer /healthz within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the stopped process: the OS cleans its temp folder eventually.
        }
    }
}
