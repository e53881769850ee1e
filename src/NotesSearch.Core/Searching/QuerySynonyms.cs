using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Synonyms applied at query time, multi-word ones included: finds the longest synonym entry that starts at a
/// word of the query and lists its alternatives (<c>mixture of experts</c> → <c>moe</c>). Lookup is over the
/// words as typed, lower-cased, stop words kept — the classic query parser splits on whitespace before
/// analysis, so a SynonymFilter in the analyzer would never see "time to first token" as one sequence.
/// Immutable and thread-safe.
/// </summary>
public sealed class QuerySynonyms
{
    private readonly SynonymMap map;

    /// <summary>Wraps a map whose entries are lower-cased words joined by <see cref="SynonymMap.WORD_SEPARATOR"/>, stop words kept (what <see cref="Parse"/> builds).</summary>
    public QuerySynonyms(SynonymMap map) => this.map = map;

    /// <summary>
    /// The analyzer for synonym entries and query words: StandardTokenizer and lower case only. Stop words stay
    /// ("time to first token"): with the stemmed chain SolrSynonymParser throws on entries that analyze to holes.
    /// </summary>
    public static Analyzer EntryAnalyzer { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(NoteFields.Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(NoteFields.Version, source));
    });

    /// <summary>Reads a Solr-format synonyms file.</summary>
    /// <remarks>Throws what SolrSynonymParser throws for a line it cannot read: a broken synonyms file is a setup error, not a user's.</remarks>
    public static QuerySynonyms Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    /// <summary>Parses Solr-format synonyms (<c>moe, mixture of experts</c>; <c>a =&gt; b</c>; <c>#</c> comments).</summary>
    public static QuerySynonyms Parse(TextReader text)
    {
        var parser = new SolrSynonymParser(dedup: true, expand: true, EntryAnalyzer);
        parser.Parse(text);
        return new QuerySynonyms(parser.Build());
    }

    /// <summary>Lower-cased words of <paramref name="text"/> as synonym entries are keyed (stop words kept).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = EntryAnalyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }

    /// <summary>
    /// The longest entry starting at <paramref name="start"/>: how many words it covers and its alternatives
    /// (each a space-separated phrase, the matched words themselves left out); null when none starts there.
    /// </summary>
    public SynonymMatch? Match(IReadOnlyList<string> words, int start)
    {
        var fst = map.Fst;
        if (fst is null || start >= words.Count)
            return null;
        var outputs = fst.Outputs;
        var reader = fst.GetBytesReader();
        var arc = fst.GetFirstArc(new FST.Arc<BytesRef>());
        var output = outputs.NoOutput;
        BytesRef? matched = null;
        var matchedLength = 0;
        for (var w = start; w < words.Count; w++)
        {
            if (w > start)
            {
                if (fst.FindTargetArc(SynonymMap.WORD_SEPARATOR, arc, arc, reader) is null)
                    break;
                output = outputs.Add(output, arc.Output);
            }
            var word = words[w];
            var followed = true;
            for (var i = 0; i < word.Length;)
            {
                var width = char.IsSurrogatePair(word, i) ? 2 : 1;
                var codePoint = width == 2 ? char.ConvertToUtf32(word, i) : word[i];
                if (fst.FindTargetArc(codePoint, arc, arc, reader) is null)
                {
                    followed = false;
                    break;
                }
                output = outputs.Add(output, arc.Output);
                i += width;
            }
            if (!followed)
                break;
            if (arc.IsFinal)
            {
                matched = outputs.Add(output, arc.NextFinalOutput);
                matchedLength = w - start + 1;
            }
        }
        if (matched is null)
            return null;
        var self = string.Join(' ', words.Skip(start).Take(matchedLength));
        var alternatives = Decode(matched).Where(a => a != self).Distinct().ToArray();
        return alternatives.Length == 0 ? null : new SynonymMatch(matchedLength, alternatives);
    }

    private List<string> Decode(BytesRef bytes)
    {
        // SynonymMap's output: vInt (count << 1 | keepOrig flag), then one vInt word ordinal per output.
        var input = new ByteArrayDataInput(bytes.Bytes, bytes.Offset, bytes.Length);
        var count = input.ReadVInt32() >> 1;
        var scratch = new BytesRef();
        var result = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            map.Words.Get(input.ReadVInt32(), scratch);
            result.Add(scratch.Utf8ToString().Replace(SynonymMap.WORD_SEPARATOR, ' '));
        }
        return result;
    }
}
