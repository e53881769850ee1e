using System.Text.Encodings.Web;
using System.Text.Json;

namespace NotesSearch.Benchmarks.Macro;

/// <summary>The harness's one-line <c>METRICS {json}</c> form (shared/peers README), on stdout.</summary>
public static class Metrics
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Print(object metrics) => Console.Out.WriteLine("METRICS " + JsonSerializer.Serialize(metrics, Json));

    /// <summary>Rounded to 3 decimals, as the Java reference prints them.</summary>
    public static double R3(double value) => Math.Round(value, 3);

    public static double R1(double value) => Math.Round(value, 1);

    /// <summary>Total size of the files in a folder and below.</summary>
    public static long FolderBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
