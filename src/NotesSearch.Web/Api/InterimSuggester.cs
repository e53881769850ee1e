using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api;

/// <summary>
/// Stand-in autocomplete until the search engine's Suggester lands: title terms (unstemmed field) starting with
/// the last word typed, and topics whose label has a word starting with it. Same response shape as the real one.
/// Stateless, thread-safe.
/// </summary>
public static class InterimSuggester
{
    public static IReadOnlyList<ApiSuggestion> Complete(NoteSearcher searcher, string typed, int max)
    {
        var words = typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || typed.EndsWith(' '))
            return [];
        var last = words[^1].ToLowerInvariant();
        var head = typed[..typed.LastIndexOf(words[^1], StringComparison.Ordinal)];
        var topics = searcher.TopicCounts()
            .Where(t => t.Label.ToLowerInvariant().Split(' ', '-').Any(w => w.StartsWith(last, StringComparison.Ordinal)))
            .Select(t => new ApiSuggestion(t.Label, "topic", t.Count, t.Key));
        var titleWords = searcher.Use(s => TitleTerms(s.IndexReader, last))
            .Select(p => new ApiSuggestion(head + p.Term, "word", p.Count, null));
        return titleWords.Concat(topics)
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToArray();
    }

    private static IEnumerable<(string Term, int Count)> TitleTerms(IndexReader reader, string prefix)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = new BytesRef(prefix);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(NoteFields.TitleExact);
            if (terms is null)
                continue;
            var iterator = terms.GetEnumerator();
            if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
                continue;
            // At most 50 distinct terms per segment: enough to rank, bounded for a one-letter prefix.
            for (var seen = 0; seen < 50 && StringHelper.StartsWith(iterator.Term, start); seen++)
            {
                var term = iterator.Term.Utf8ToString();
                counts[term] = counts.GetValueOrDefault(term) + iterator.DocFreq;
                if (!iterator.MoveNext())
                    break;
            }
        }
        return counts.Select(p => (p.Key, p.Value));
    }
}
