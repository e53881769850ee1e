using System.Text;
using Lucene.Net.Search;

namespace NotesSearch.Core.Searching;

/// <summary>Writes a parsed query back as the reader would say it: <c>kv AND cache</c>, <c>gpu OR tpu NOT h100</c>.</summary>
internal static class QueryDescriber
{
    public static string Describe(Query query, NoteQueryParser parser)
    {
        if (parser.Labels.TryGetValue(query, out var label))
            return label;
        if (parser.SynonymQueries.TryGetValue(query, out var synonym))
            return synonym.Original is null ? "\"" + synonym.Group.Original + "\"" : Describe(synonym.Original, parser);
        if (query is MatchAllDocsQuery)
            return "all notes";
        if (query is not BooleanQuery boolean)
            return query.ToString();
        var musts = new List<string>();
        var shoulds = new List<string>();
        var nots = new List<string>();
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Query is MatchAllDocsQuery && clause.Occur == Occur.MUST)
                continue;
            var part = Nested(clause.Query, parser);
            (clause.Occur switch
            {
                Occur.MUST => musts,
                Occur.MUST_NOT => nots,
                _ => shoulds,
            }).Add(part);
        }
        var text = new StringBuilder();
        if (musts.Count > 0)
            text.Append(string.Join(" AND ", musts));
        if (shoulds.Count > 0)
        {
            var any = string.Join(" OR ", shoulds);
            text.Append(musts.Count > 0 ? $" (ranking higher: {any})" : any);
        }
        if (musts.Count == 0 && shoulds.Count == 0)
            text.Append("all notes");
        foreach (var not in nots)
            text.Append(" NOT ").Append(not);
        return text.ToString();
    }

    private static string Nested(Query query, NoteQueryParser parser)
    {
        var text = Describe(query, parser);
        var simple = parser.Labels.ContainsKey(query) || !text.Contains(' ') || (text.StartsWith('"') && text.EndsWith('"'));
        return simple ? text : "(" + text + ")";
    }
}
