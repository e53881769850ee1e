using System.Text;

namespace NotesSearch.Benchmarks.Corpus;

/// <summary>
/// Makes note <c>i</c> of a corpus from its own generator seeded with (seed, i), so the output does not depend
/// on the order or the threads notes are made on, and the corpus of N notes is a prefix of every larger one.
/// The shape follows the shared harness's gen_corpus.py: 1–3 of 40 topics (popularity-weighted), dates 2019–2026
/// growing mildly per year, titles of 4–12 words, a 12–30 word summary, bodies of ~300 words (log-normal) with
/// <c>##</c> headings, bullet lists and paragraphs; ~6% of words tied to the note's topics, ~2% technical tokens
/// (some in <c>`code`</c>). Thread-safe after construction.
/// </summary>
public sealed class NoteModel
{
    public static readonly string[] Tech =
    [
        "H100", "H200", "A100", "B200", "GB200", "MI300X", "TPUv5e", "P50", "P95", "P99", "P99.9", "DeepSeek-R1",
        "DeepSeek-V3", "Llama-3.1-70B", "Qwen2.5", "GPT-4o", "Mixtral-8x7B", "RoCEv2", "InfiniBand", "NVLink",
        "NVSwitch", "PCIe5", "CXL", "HBM3e", "KV-cache", "FlashAttention-2", "vLLM", "TensorRT-LLM", "NCCL", "CUDA", "ROCm",
        "Triton", "FP8", "BF16", "INT4", "LoRA", "QLoRA", "MoE", "RAG", "BM25", "TF-IDF", "HNSW", "IVF-PQ", "k8s", "eBPF", "io_uring",
        "gRPC", "HTTP/2", "QUIC", "TLS1.3", "x86_64", "ARM64", "AVX-512", "NUMA", "SR-IOV", "NVMe", "ZFS", "ext4", "Lucene.Net",
        "Postgres16", "Redis", "Kafka", "SLO", "TTFT", "TPOT", "QPS", "400GbE", "100GbE",
    ];

    public static readonly string[] TopicKeys =
    [
        "gpu-clusters", "inference", "training", "networking", "storage", "databases", "search",
        "observability", "kubernetes", "security", "compilers", "rust", "csharp", "dotnet", "python",
        "distributed-systems", "caching", "queues", "performance", "benchmarks", "ml-ops", "llm", "rag",
        "embeddings", "data-engineering", "frontend", "mobile", "testing", "ci-cd", "cloud-costs", "hardware",
        "power-cooling", "reading-notes", "meetings", "hiring", "career", "writing", "math", "statistics",
        "home-lab",
    ];

    private const double BodyMedianWords = 300;
    private const double BodySigma = 0.6;
    private const double TopicWordRate = 0.06;
    private const double TechRate = 0.02;
    private static readonly double[] YearCumulative = Cumulate([0.6, 0.8, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5]);
    private static readonly double[] TopicCountCumulative = Cumulate([0.45, 0.35, 0.20]);

    private readonly Vocabulary vocabulary;
    private readonly long seed;
    private readonly Dictionary<string, string[]> topicWords = [];
    private readonly Dictionary<string, string[]> topicTech = [];
    private readonly double[] topicCumulative;
    private readonly double[] techCumulative;

    public NoteModel(Vocabulary vocabulary, long seed)
    {
        this.vocabulary = vocabulary;
        this.seed = seed;
        // Topic words: 30 mid-frequency words per topic (ranks 300..8000), plus 4 technical tokens.
        var mid = vocabulary.Words[Math.Min(300, vocabulary.Words.Length / 4)..Math.Min(8000, vocabulary.Words.Length)];
        for (var t = 0; t < TopicKeys.Length; t++)
        {
            var random = SeededRandom.For(seed, "topic", t);
            topicWords[TopicKeys[t]] = [.. random.Sample(mid.Length, 30).Select(i => mid[i])];
            topicTech[TopicKeys[t]] = [.. random.Sample(Tech.Length, 4).Select(i => Tech[i])];
        }
        topicCumulative = Cumulate([.. Enumerable.Range(0, TopicKeys.Length).Select(r => 1.0 / Math.Pow(r + 1, 0.8))]);
        techCumulative = Cumulate([.. Enumerable.Range(0, Tech.Length).Select(r => 1.0 / Math.Pow(r + 1, 0.9))]);
    }

    public GeneratedNote Make(long index)
    {
        var random = SeededRandom.For(seed, "note", index);
        var topicCount = random.Weighted(TopicCountCumulative) + 1;
        var topics = new List<string>(topicCount);
        while (topics.Count < topicCount)
        {
            var topic = TopicKeys[random.Weighted(topicCumulative)];
            if (!topics.Contains(topic))
                topics.Add(topic);
        }
        var year = 2019 + random.Weighted(YearCumulative);
        var date = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));

        var topicPool = topics.SelectMany(t => topicWords[t]).ToArray();
        var techPool = topics.SelectMany(t => topicTech[t]).ToArray();
        string TechToken() => random.NextDouble() < 0.5 ? random.Pick(techPool) : Tech[random.Weighted(techCumulative)];
        string[] Draw(int count)
        {
            var words = new string[count];
            for (var i = 0; i < count; i++)
                words[i] = vocabulary.Draw(random);
            foreach (var p in random.Sample(count, (int)(count * TopicWordRate + random.NextDouble())))
                words[p] = random.Pick(topicPool);
            foreach (var p in random.Sample(count, (int)(count * TechRate + random.NextDouble())))
                words[p] = TechToken();
            return words;
        }

        var titleLength = random.Between(4, 12);
        var titleWords = Draw(titleLength);
        if (random.NextDouble() < 0.5)
            titleWords[random.Next(titleLength)] = random.Pick(topicPool);
        if (random.NextDouble() < 0.3)
            titleWords[random.Next(titleLength)] = TechToken();
        var title = string.Join(' ', titleWords.Select(w => IsLower(w) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
        var slug = Slugify(titleWords.Take(6));
        slug = (slug.Length > 60 ? slug[..60] : slug).Trim('-') + "-" + Base36(index);

        var summary = Sentence(Draw(random.Between(12, 30)), random);

        var wordCount = (int)Math.Min(5000, Math.Max(30, Math.Exp(Math.Log(BodyMedianWords) + BodySigma * random.NextGaussian())));
        var body = Body(Draw(wordCount), random);
        return new GeneratedNote(index, slug, title, date, [.. topics], summary, body);
    }

    private static string Body(string[] words, SeededRandom random)
    {
        var blocks = new List<string>();
        var pos = 0;
        var n = words.Length;
        while (pos < n)
        {
            var r = random.NextDouble();
            if (r < 0.08 && n - pos > 40)
            {
                var length = random.Between(2, 5);
                var heading = string.Join(' ', words[pos..(pos + length)]);
                blocks.Add("## " + char.ToUpperInvariant(heading[0]) + heading[1..].ToLowerInvariant());
                pos += length;
            }
            else if (r < 0.16 && n - pos > 30)
            {
                var items = new List<string>();
                for (var k = random.Between(3, 5); k > 0; k--)
                {
                    var length = random.Between(3, 8);
                    items.Add("- " + string.Join(' ', words[pos..Math.Min(n, pos + length)]));
                    pos = Math.Min(n, pos + length);
                }
                blocks.Add(string.Join('\n', items));
            }
            else
            {
                var sentences = new List<string>();
                for (var k = random.Between(2, 6); k > 0 && pos < n; k--)
                {
                    var length = random.Between(6, 20);
                    var chunk = words[pos..Math.Min(n, pos + length)];
                    pos = Math.Min(n, pos + length);
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        if (!IsLower(chunk[i]) && random.NextDouble() < 0.3)
                            chunk[i] = "`" + chunk[i] + "`";
                    }
                    sentences.Add(Sentence(chunk, random));
                }
                if (sentences.Count > 0)
                    blocks.Add(string.Join(' ', sentences));
            }
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>Tokens as a sentence: sometimes a comma, a capital first letter, a full stop (or ? !).</summary>
    private static string Sentence(string[] tokens, SeededRandom random)
    {
        var words = (string[])tokens.Clone();
        if (words.Length > 7 && random.NextDouble() < 0.35)
            words[random.Between(2, words.Length - 3)] += ",";
        if (words[0].Length > 0 && words[0][0] != '`')
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        var end = random.NextDouble() < 0.9 ? "." : random.NextDouble() < 0.5 ? "?" : "!";
        return string.Join(' ', words) + end;
    }

    private static bool IsLower(string word) => word.All(c => !char.IsLetter(c) || char.IsLower(c)) && word.Any(char.IsLetter);

    private static string Slugify(IEnumerable<string> words)
    {
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            foreach (var c in word.ToLowerInvariant())
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                    slug.Append(c);
                else if (slug.Length > 0 && slug[^1] != '-')
                    slug.Append('-');
            }
            if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }

    private static string Base36(long value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var text = new StringBuilder();
        do
        {
            text.Insert(0, digits[(int)(value % 36)]);
            value /= 36;
        }
        while (value > 0);
        return text.ToString();
    }

    private static double[] Cumulate(double[] weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }
}
