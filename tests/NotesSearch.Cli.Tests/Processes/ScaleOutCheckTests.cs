using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NotesSearch.Cli.Tests.Processes;

/// <summary>
/// Issue 15 §1: deploy/scale-out-check.sh, run as an operator would, against the site built for these tests: nginx with
/// the shipped site file in front of two replicas and the writer, load through it, a replica killed with kill -9 and
/// restarted, a note edited. Shorter than the script's default 30 s of load (SCALE_OUT_SECONDS), to keep the suite
/// quick; what it checks is the same.
/// </summary>
[Collection(nameof(RealProcesses))]
public sealed class ScaleOutCheckTests
{
    private const int LoadSeconds = 12;
    private const int HardLimitSeconds = 150;

    [Fact]
    public async Task NginxInFrontOfTwoReplicasAndTheWriterAnswersEveryRequestThroughAKilledReplicaAndShowsTheEdit()
    {
        var (exitCode, report, log) = await RunScriptAsync();

        Assert.True(exitCode == 0, $"the script exited with {exitCode}:\n{report}\n{log}");
        Assert.True(Number(report, "requests") > 0, report);
        Assert.Equal(0, Number(report, "5xx"));
        Assert.Equal(0, Number(report, "failed requests (no answer)"));
        Assert.Matches(new Regex(@"^edit visible through nginx after: \d+ ms$", RegexOptions.Multiline), report);
        Assert.Contains("servers answering the edit directly: 3 of 3", report);
        Assert.Contains("ETags: one tag on both replicas before and after the edit, changed by it", report);
        Assert.True(double.Parse(Value(report, "cache hit ratio"), CultureInfo.InvariantCulture) > 0, report);
        Assert.StartsWith("yes", Value(report, "restarted replica answering through nginx again"));
    }

    private static async Task<(int ExitCode, string Report, string Log)> RunScriptAsync()
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TempNotes.RepositoryRoot(),
        };
        start.ArgumentList.Add(Path.Combine(TempNotes.RepositoryRoot(), "deploy", "scale-out-check.sh"));
        start.Environment["SCALE_OUT_SECONDS"] = LoadSeconds.ToString(CultureInfo.InvariantCulture);
        start.Environment["NOTES_WEB_DLL"] = RealProcess.WebDll();
        // About 30 s on a quiet machine; three sites starting at once on a loaded one take far longer.
        start.Environment["SCALE_OUT_HARD_LIMIT"] = HardLimitSeconds.ToString(CultureInfo.InvariantCulture);
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var error = script.StandardError.ReadToEndAsync();
        // The script stops itself at the hard limit; this is the backstop should it hang anyway.
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(HardLimitSeconds + 20));
        try
        {
            await script.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            script.Kill(entireProcessTree: true);
            Assert.Fail($"the script did not end within {HardLimitSeconds + 20} s");
        }
        return (script.ExitCode, await output, await error);
    }

    private static string Value(string report, string key)
    {
        var match = Regex.Match(report, "^" + Regex.Escape(key) + @": (\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no '{key}' in the report:\n{report}");
        return match.Groups[1].Value;
    }

    private static int Number(string report, string key) => int.Parse(Value(report, key), CultureInfo.InvariantCulture);
}
