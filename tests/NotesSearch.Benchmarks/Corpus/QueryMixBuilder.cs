using System.Globalization;
using System.Text.RegularExpressions;

namespace NotesSearch.Benchmarks.Corpus;

/// <summary>
/// Builds a query mix in the shared harness's queries.txt format from the first notes of a corpus, fed to it
/// in order while the corpus streams out. It keeps only document frequencies per word (bounded by the
/// vocabulary) and a bounded reservoir of adjacent word pairs for phrases, never the notes themselves.
/// The classes follow gen_queries.py: common (DF 8–40%), rare (DF 2–6 notes), or/and (two DF 0.5–8% words),
/// phrase (two adjacent body words, each DF ≥ 0.2%), prefix (4–5 letters of a DF 0.3–5% word),
/// fuzzy (a DF 0.3–5% word, half with one typo), tech tokens; filters 50% none, 20% topic, 20% date, 10% both.
/// Not thread-safe.
/// </summary>
public sealed partial class QueryMixBuilder(long seed, int sampleNotes = 10_000)
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    private static readonly string[] TechQueries =
    [
        "H100", "H200", "A100", "B200", "GB200", "MI300X", "P99", "P95", "DeepSeek-R1", "DeepSeek-V3", "RoCEv2",
        "KV-cache", "NVLink", "InfiniBand", "vLLM", "NCCL", "FlashAttention-2", "HBM3e", "io_uring", "eBPF",
    ];

    private static readonly string[] Stemmy =
    [
        "s", "e", "y", "ed", "ing", "ly", "al", "er", "ion", "ive", "ize", "ate", "ful", "ous", "ness", "ment", "ity",
        "ism", "ist", "ance", "ence", "able", "ible", "ant", "ent", "ic", "ou", "li", "ator", "iti", "bli", "ss",
    ];

    private static readonly (string Kind, int Count)[] Counts =
        [("common", 28), ("rare", 28), ("or", 28), ("and", 28), ("phrase", 28), ("prefix", 25), ("fuzzy", 25), ("tech", 10)];

    private const int PairReservoir = 50_000;

    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly SortedSet<string> topics = new(StringComparer.Ordinal);
    private readonly List<(string, string)> pairs = [];
    private readonly SeededRandom reservoir = SeededRandom.For(seed, "pairs", 0);
    private long pairsSeen;
    private int notes;

    /// <summary>Takes the next note of the corpus (in corpus order); notes past the sample are ignored.</summary>
    public void Add(GeneratedNote note)
    {
        if (notes >= sampleNotes)
            return;
        notes++;
        var text = (note.Title + " " + note.Summary + " " + note.Body).ToLowerInvariant();
        foreach (var word in Words().Matches(text).Select(m => m.Value).Distinct())
            documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        topics.UnionWith(note.Topics);
        var tokens = note.Body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var a = tokens[i].ToLowerInvariant();
            var b = tokens[i + 1];
            if (!Plain().IsMatch(a) || !Plain().IsMatch(b) || a == b)
                continue;
            // Reservoir sampling keeps a fixed-size uniform sample of every pair seen.
            pairsSeen++;
            if (pairs.Count < PairReservoir)
                pairs.Add((a, b));
            else if (reservoir.NextDouble() * pairsSeen < PairReservoir)
                pairs[reservoir.Next(PairReservoir)] = (a, b);
        }
    }

    /// <summary>The query mix as TSV lines (two comment lines first).</summary>
    public IReadOnlyList<string> Build()
    {
        var n = Math.Max(1, notes);
        var random = SeededRandom.For(seed, "queries", 0);
        var words = documentFrequency.Keys.Where(w => !StopWords.Contains(w) && w.Length >= 3).Order(StringComparer.Ordinal).ToArray();
        string[] Band(double low, double high) => [.. words.Where(w => documentFrequency[w] >= low && documentFrequency[w] <= high)];
        var common = Band(0.08 * n, 0.40 * n);
        var rare = Band(2, 6);
        var mid = Band(0.005 * n, 0.08 * n);
        var prefixSource = Band(0.003 * n, 0.05 * n).Where(w => w.Length >= 7).ToArray();
        var fuzzySource = Band(0.003 * n, 0.05 * n).Where(w => w.Length is >= 6 and <= 10 && !Stemmy.Any(w.EndsWith)).ToArray();
        var phraseWords = Band(0.002 * n, n).ToHashSet(StringComparer.Ordinal);
        var phrases = pairs.Where(p => phraseWords.Contains(p.Item1) && phraseWords.Contains(p.Item2.ToLowerInvariant())).ToArray();
        var topicList = topics.ToArray();
        var used = new HashSet<string>(StringComparer.Ordinal);

        string Pick(string[] pool)
        {
            if (pool.Length == 0)
                return "note";
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var word = random.Pick(pool);
                if (used.Add(word))
                    return word;
            }
            return random.Pick(pool);
        }

        string Typo(string word)
        {
            var i = random.Between(1, word.Length - 3);
            return random.Next(3) switch
            {
                0 => word[..i] + random.Pick("aeioustnrl".Where(c => c != word[i]).ToArray()) + word[(i + 1)..],
                1 => word[..i] + word[i + 1] + word[i] + word[(i + 2)..],
                _ => word[..i] + word[(i + 1)..],
            };
        }

        var lines = new List<string>
        {
            $"# NotesSearch benchmark query mix: 200 queries, seed {seed}, built from the first {notes} notes of the corpus (NotesSearch.Benchmarks generate)",
            "# id\tkind\tfilter\tquery\tterms\ttopic\tdate_from\tdate_to",
        };
        var first = new DateOnly(2019, 1, 1);
        var lastDay = new DateOnly(2026, 12, 31).DayNumber;
        foreach (var (kind, count) in Counts)
        {
            for (var k = 0; k < count; k++)
            {
                string[] terms;
                string query;
                switch (kind)
                {
                    case "common": terms = [Pick(common)]; query = terms[0]; break;
                    case "rare": terms = [Pick(rare)]; query = terms[0]; break;
                    case "or": terms = [Pick(mid), Pick(mid)]; query = $"{terms[0]} OR {terms[1]}"; break;
                    case "and": terms = [Pick(mid), Pick(mid)]; query = $"{terms[0]} AND {terms[1]}"; break;
                    case "phrase":
                        var pair = phrases.Length > 0 ? random.Pick(phrases) : ("note", "text");
                        terms = [pair.Item1, pair.Item2.ToLowerInvariant()];
                        query = $"\"{terms[0]} {terms[1]}\"";
                        break;
                    case "prefix":
                        var stem = Pick(prefixSource);
                        terms = [stem[..Math.Min(stem.Length, random.Next(2) == 0 ? 4 : 5)]];
                        query = terms[0] + "*";
                        break;
                    case "fuzzy":
                        var word = Pick(fuzzySource);
                        terms = [k % 2 == 1 && word.Length >= 4 ? Typo(word) : word];
                        query = terms[0] + "~";
                        break;
                    default:
                        var tech = k < TechQueries.Length ? TechQueries[k] : random.Pick(TechQueries);
                        terms = [tech];
                        query = Punctuated().IsMatch(tech) ? $"\"{tech}\"" : tech;
                        break;
                }
                var slot = k % 10;
                var filter = slot < 5 ? "none" : slot < 7 ? "topic" : slot < 9 ? "date" : "topic+date";
                var topic = filter.Contains("topic") && topicList.Length > 0 ? random.Pick(topicList) : "";
                string from = "", to = "";
                if (filter.Contains("date"))
                {
                    var span = new[] { 31, 92, 365, 730 }[random.Next(4)];
                    var start = first.AddDays(random.Next(lastDay - first.DayNumber - span));
                    from = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    to = start.AddDays(span - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                var id = "q" + (lines.Count - 1).ToString("000", CultureInfo.InvariantCulture);
                lines.Add(string.Join('\t', id, kind, filter, query, string.Join(' ', terms), topic, from, to));
            }
        }
        return lines;
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Words();

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex Plain();

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex Punctuated();
}
