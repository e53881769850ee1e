using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NotesSearch.Cli.Tests.Processes;

/// <summary>
/// A real process of the built <c>notes</c> command or of the site (<c>dotnet notes.dll</c>, <c>dotnet NotesSearch.Web.dll</c>),
/// for the tests where separate processes are the point (OS locks, kill -9). Its output is collected as it comes;
/// disposing kills it if it still runs.
/// </summary>
internal sealed class RealProcess : IDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private RealProcess(string dll, IEnumerable<string> args, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Output => Read(output);

    public string Error => Read(error);

    /// <summary>Starts <c>notes ARGS</c> from the test's output folder.</summary>
    public static RealProcess Cli(params string[] args) => new(Path.Combine(AppContext.BaseDirectory, "notes.dll"), args, null);

    /// <summary>Runs <c>notes ARGS</c> to its end.</summary>
    public static async Task<RealProcess> RunCliAsync(params string[] args)
    {
        var cli = Cli(args);
        await cli.WaitForExitAsync();
        return cli;
    }

    /// <summary>Starts the site on <paramref name="port"/> (see <see cref="FreePort"/>) over these folders.</summary>
    public static RealProcess Site(string contentPath, string indexPath, int port, bool readOnly = false) =>
        new(WebDll(), [], new Dictionary<string, string>
        {
            ["Notes__ContentPath"] = contentPath,
            ["Notes__IndexPath"] = indexPath,
            ["Notes__ReadOnly"] = readOnly ? "true" : "false",
            ["Notes__DebounceMilliseconds"] = "100",
            // Beats the Urls of appsettings.json (unprefixed environment variables are read after it).
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until <c>/healthz</c> answers 200 on <paramref name="port"/>; fails if the process ends first.</summary>
    public async Task WaitUntilHealthyAsync(int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < DefaultTimeout)
        {
            Assert.False(process.HasExited, $"the site exited with {(process.HasExited ? process.ExitCode : 0)}: {Output}{Error}");
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{port}/healthz")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        Assert.Fail($"the site did not become healthy in {DefaultTimeout.TotalSeconds} s: {Output}{Error}");
    }

    /// <summary>Waits for the process to end by itself; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the process did not end within {(timeout ?? DefaultTimeout).TotalSeconds} s: {Output}{Error}");
        }
        // The last lines of output arrive after the exit: this waits for the end of both streams.
        process.WaitForExit();
        return process.ExitCode;
    }

    public int ExitCode => process.ExitCode;

    /// <summary>SIGKILL (kill -9): no handler, no finally, no flush runs in the process.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    internal static string WebDll()
    {
        // The site's own build output (built before these tests: see the project reference), in this build's configuration.
        var parts = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        var (configuration, framework) = (parts[bin + 1], parts[bin + 2]);
        var dll = Path.Combine(TempNotes.RepositoryRoot(), "src", "NotesSearch.Web", "bin", configuration, framework, "NotesSearch.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
            return;
        lock (text)
            text.AppendLine(line);
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
            return text.ToString();
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }
}
