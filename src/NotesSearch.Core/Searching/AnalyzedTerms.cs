using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Searching;

/// <summary>The terms an analyzer makes of a text, in order: one loop over its token stream, for every caller.</summary>
internal static class AnalyzedTerms
{
    /// <summary>
    /// The terms <paramref name="analyzer"/> makes of <paramref name="text"/> as <paramref name="field"/>'s text, at most
    /// <paramref name="max"/> of them (a caller that only needs to know "one or several" stops early).
    /// </summary>
    public static List<string> Of(Analyzer analyzer, string field, string text, int max = int.MaxValue)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < max && stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
