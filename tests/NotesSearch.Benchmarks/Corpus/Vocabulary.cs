using System.Text.RegularExpressions;

namespace NotesSearch.Benchmarks.Corpus;

/// <summary>
/// The words notes are drawn from, each with its real count (most frequent first), so draws
/// in proportion to the counts give real text's Zipf shape. The file is <c>word&lt;TAB&gt;count</c>
/// per line; <c>vocab.txt</c> next to this project is a copy of the shared harness's list
/// (word frequencies of CC BY 4.0 prose: the Go blog and Microsoft's C/C++ docs). Immutable.
/// </summary>
public sealed partial class Vocabulary
{
    private Vocabulary(string[] words, double[] cumulative)
    {
        Words = words;
        Cumulative = cumulative;
    }

    public string[] Words { get; }

    /// <summary>Cumulative counts, for <see cref="SeededRandom.Weighted"/>.</summary>
    public double[] Cumulative { get; }

    /// <summary>vocab.txt shipped beside the benchmarks assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "vocab.txt");

    public static Vocabulary Load(string path)
    {
        var words = new List<string>();
        var cumulative = new List<double>();
        double total = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t', ' ');
            if (parts.Length != 2 || !WordPattern().IsMatch(parts[0]) || !long.TryParse(parts[1], out var count) || count <= 0)
                throw new FormatException($"{path}:{number}: expected 'word<TAB>count', got '{line}'");
            total += count;
            words.Add(parts[0]);
            cumulative.Add(total);
        }
        if (words.Count < 1000)
            throw new FormatException($"{path}: only {words.Count} words");
        return new Vocabulary([.. words], [.. cumulative]);
    }

    public string Draw(SeededRandom random) => Words[random.Weighted(Cumulative)];

    [GeneratedRegex("^[a-z]{2,20}$")]
    private static partial Regex WordPattern();
}
