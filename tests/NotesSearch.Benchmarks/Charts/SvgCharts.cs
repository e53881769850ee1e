using System.Globalization;
using System.Text;

namespace NotesSearch.Benchmarks.Charts;

/// <summary>
/// <c>charts --data figures.tsv --out DIR</c>: draws the two RESULTS.md charts as plain SVG from the measured figures
/// (query latency p50/p99 against corpus size; full index time against corpus size). The data file is TSV,
/// <c>notes peer index_s p50_ms p99_ms</c>, '#' lines are comments and '-' is a figure not measured.
/// </summary>
public static class SvgCharts
{
    private static readonly string[] Colours = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df"];

    public static int Run(Options options)
    {
        var rows = File.ReadLines(options.Required("data"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(c => new Row(long.Parse(c[0], CultureInfo.InvariantCulture), c[1], Number(c[2]), Number(c[3]), Number(c[4])))
            .ToArray();
        var outDir = options.Required("out");
        Directory.CreateDirectory(outDir);
        var peers = rows.Select(r => r.Peer).Distinct().ToArray();

        var latency = new List<Series>();
        var indexing = new List<Series>();
        for (var i = 0; i < peers.Length; i++)
        {
            var mine = rows.Where(r => r.Peer == peers[i]).OrderBy(r => r.Notes).ToArray();
            var colour = Colours[i % Colours.Length];
            latency.Add(new Series($"{peers[i]} p50", colour, false, [.. mine.Where(r => r.P50 is not null).Select(r => (r.Notes, r.P50!.Value))]));
            latency.Add(new Series($"{peers[i]} p99", colour, true, [.. mine.Where(r => r.P99 is not null).Select(r => (r.Notes, r.P99!.Value))]));
            indexing.Add(new Series(peers[i], colour, false, [.. mine.Where(r => r.IndexSeconds is not null).Select(r => (r.Notes, r.IndexSeconds!.Value))]));
        }
        File.WriteAllText(Path.Combine(outDir, "query-latency.svg"), Draw("Query mix latency (single thread, median of runs)", "ms", latency));
        File.WriteAllText(Path.Combine(outDir, "index-time.svg"), Draw("Full index build", "seconds", indexing));
        Console.Error.WriteLine($"wrote {outDir}/query-latency.svg and {outDir}/index-time.svg");
        return 0;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Draw(string title, string unit, List<Series> all)
    {
        var series = all.Where(s => s.Points.Length > 0).ToList();
        const int width = 720, height = 420, left = 70, right = 210, top = 40, bottom = 60;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var xs = series.SelectMany(s => s.Points.Select(p => p.Notes)).Distinct().Order().ToArray();
        var minX = Math.Log10(xs.Length > 0 ? xs[0] : 1000);
        var maxX = Math.Log10(xs.Length > 0 ? xs[^1] : 1000_000);
        if (maxX - minX < 1)
            maxX = minX + 1;
        var maxY = NiceCeiling(series.SelectMany(s => s.Points.Select(p => p.Value)).DefaultIfEmpty(1).Max());
        double X(long notes) => left + (Math.Log10(notes) - minX) / (maxX - minX) * plotW;
        double Y(double v) => top + plotH - v / maxY * plotH;
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width / 2}" y="22" text-anchor="middle" font-size="15">{Escape(title)}</text>""").Append('\n');
        for (var i = 0; i <= 5; i++)
        {
            var v = maxY * i / 5;
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{left + plotW}" y1="{F(Y(v))}" y2="{F(Y(v))}" stroke="#ddd"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{F(Y(v) + 4)}" text-anchor="end">{v.ToString("0.##", CultureInfo.InvariantCulture)}</text>""").Append('\n');
        }
        foreach (var x in xs)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{F(X(x))}" x2="{F(X(x))}" y1="{top}" y2="{top + plotH}" stroke="#eee"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{F(X(x))}" y="{top + plotH + 18}" text-anchor="middle">{Label(x)}</text>""").Append('\n');
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plotH}" stroke="black"/><line x1="{left}" x2="{left + plotW}" y1="{top + plotH}" y2="{top + plotH}" stroke="black"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + plotW / 2}" y="{height - 18}" text-anchor="middle">notes in the corpus (log scale)</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="18" y="{top + plotH / 2}" text-anchor="middle" transform="rotate(-90 18 {top + plotH / 2})">{unit}</text>""").Append('\n');
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            var points = string.Join(' ', s.Points.Select(p => $"{F(X(p.Notes))},{F(Y(p.Value))}"));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{s.Colour}" stroke-width="2"{dash} points="{points}"/>""").Append('\n');
            foreach (var (notes, value) in s.Points)
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{F(X(notes))}" cy="{F(Y(value))}" r="3" fill="{s.Colour}"><title>{Escape(s.Name)}: {value.ToString("0.##", CultureInfo.InvariantCulture)} {unit} at {Label(notes)}</title></circle>""").Append('\n');
            var ly = top + 10 + i * 20;
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left + plotW + 15}" x2="{left + plotW + 45}" y1="{ly}" y2="{ly}" stroke="{s.Colour}" stroke-width="2"{dash}/><text x="{left + plotW + 52}" y="{ly + 4}">{Escape(s.Name)}</text>""").Append('\n');
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(value, 1e-9))));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
                return step * magnitude;
        }
        return 10 * magnitude;
    }

    private static string Label(long notes) => notes >= 1_000_000 ? $"{notes / 1_000_000}M" : notes >= 1000 ? $"{notes / 1000}k" : notes.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private sealed record Row(long Notes, string Peer, double? IndexSeconds, double? P50, double? P99);

    private sealed record Series(string Name, string Colour, bool Dashed, (long Notes, double Value)[] Points);
}
