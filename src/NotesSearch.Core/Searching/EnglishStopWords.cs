using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Longer stop lists than the index's (Lucene's 33 English words, right for search): Snowball's English list, shipped
/// inside Lucene.Net.Analysis.Common, for completions; and for more-like-this that list plus the fillers of an
/// essayist's prose, since otherwise "why", "your", "what", "been" are the terms two notes "share".
/// Built once and frozen: safe to share between threads.
/// </summary>
internal static class EnglishStopWords
{
    private const string SnowballEnglish = "Lucene.Net.Analysis.Common.Analysis.Snowball.english_stop.txt";

    private static readonly string[] Fillers =
    [
        "actually", "already", "also", "always", "anything", "around", "away", "back", "better", "big", "come", "comes",
        "could", "doesn't", "don't", "done", "even", "every", "everything", "get", "gets", "getting", "give", "gives",
        "go", "goes", "going", "got", "isn't", "just", "keep", "kept", "know", "knows", "let", "like", "look", "looks",
        "looked", "lot", "make", "makes", "made", "many", "may", "might", "much", "must", "neither", "never", "new",
        "nobody", "nothing", "now", "one", "quietly", "real", "really", "right", "said", "say", "says", "see", "something",
        "still", "take", "takes", "thing", "things", "think", "two", "way", "ways", "well", "went", "whether", "without",
        "won't", "wrong", "yet",
    ];

    /// <summary>Snowball's English function words as written, lower case ("what", "can't", "yourselves").</summary>
    public static FrozenSet<string> Function { get; } = Load().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Function words and fillers, as written and as stemmed (MoreLikeThis checks the stemmed terms).</summary>
    public static FrozenSet<string> ForRelated { get; } = BuildForRelated();

    private static FrozenSet<string> BuildForRelated()
    {
        var words = new HashSet<string>(Function, StringComparer.Ordinal);
        words.UnionWith(Fillers);
        using var analyzer = NoteAnalyzer.Stemmed(expandVersions: false);
        foreach (var word in words.ToArray())
            words.UnionWith(Stems(analyzer, word));
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Load()
    {
        using var stream = typeof(SnowballFilter).Assembly.GetManifestResourceStream(SnowballEnglish)
            ?? throw new InvalidOperationException($"Lucene.Net.Analysis.Common no longer ships {SnowballEnglish}.");
        using var reader = new StreamReader(stream);
        var set = WordlistLoader.GetSnowballWordSet(reader, NoteFields.Version);
        return set.Select(word => word.ToString()).ToArray();
    }

    private static List<string> Stems(Analyzer analyzer, string word) => AnalyzedTerms.Of(analyzer, "", word);
}
