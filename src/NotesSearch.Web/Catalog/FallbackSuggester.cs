using Lucene.Net.Index;
using Lucene.Net.Util;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Catalog;

/// <summary>
/// The site's own completions behind <c>/suggest</c>, used by the search box only while <c>/api/suggest</c>
/// is not there: title words starting with the last word typed, and topics whose label has a word starting
/// with it. Same JSON shape as the API's. Thread-safe.
/// </summary>
public sealed class FallbackSuggester(NoteSearcher searcher, NoteCatalog catalog)
{
    private const int MaxInput = 64;
    private const int MaxWords = 6;
    private const int MaxTopics = 3;
    private const int ScanLimit = 500;

    public IReadOnlyList<SiteSuggestion> Complete(string? input)
    {
        var text = (input ?? "").TrimStart();
        if (text.Length is 0 or > MaxInput || char.IsWhiteSpace(text[^1]))
            return [];
        var cut = text.LastIndexOf(' ') + 1;
        var prefix = text[cut..].ToLowerInvariant();
        var head = text[..cut];
        var words = TitleWords(prefix)
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(MaxWords)
            .Select(w => new SiteSuggestion(head + w.Word, "word", w.Count, null));
        var topics = catalog.Counts().Topics
            .Where(t => t.Label.Split(' ', '-').Any(part => part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(t => t.Count)
            .Take(MaxTopics)
            .Select(t => new SiteSuggestion(t.Label, "topic", t.Count, t.Key));
        return [.. words, .. topics];
    }

    private IEnumerable<(string Word, int Count)> TitleWords(string prefix) => searcher.Use(indexSearcher =>
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = new BytesRef(prefix);
        foreach (var leaf in indexSearcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(NoteFields.TitleExact);
            if (terms is null)
                continue;
            var iterator = terms.GetEnumerator();
            if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
                continue;
            var scanned = 0;
            do
            {
                var word = iterator.Term.Utf8ToString();
                if (!word.StartsWith(prefix, StringComparison.Ordinal) || ++scanned > ScanLimit)
                    break;
                counts[word] = counts.GetValueOrDefault(word) + iterator.DocFreq;
            }
            while (iterator.MoveNext());
        }
        return counts.Select(pair => (pair.Key, pair.Value)).ToArray();
    });
}

/// <summary>One completion: a whole query with its last word completed, or a topic to filter by.</summary>
public sealed record SiteSuggestion(string Text, string Kind, int Count, string? TopicKey);
