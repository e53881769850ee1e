using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Searching;

/// <summary>
/// Which shared terms are a reason to relate two notes: a distinctive term, said by few notes of the archive, and
/// not an everyday verb ("shipped", "make") nor a programming keyword ("return", "class") that any code block holds.
/// Thread-safe.
/// </summary>
internal static class ReasonWords
{
    /// <summary>A term held by more than this share of the notes (and more than <see cref="RelatedNotes.MinDocFreq"/>) is common, not distinctive.</summary>
    public const double MaxShareOfNotes = 0.2;

    /// <summary>Everyday verbs: two notes both saying one of them say nothing about a shared subject.</summary>
    private static readonly string[] CommonVerbs =
    [
        "add", "allow", "ask", "become", "begin", "bring", "build", "buy", "call", "change", "check", "come", "consider",
        "continue", "create", "cut", "decide", "describe", "do", "drop", "end", "expect", "explain", "fail", "feel", "find",
        "finish", "follow", "get", "give", "go", "happen", "help", "hold", "include", "keep", "know", "lead", "learn",
        "leave", "let", "like", "live", "look", "lose", "make", "mean", "meet", "move", "need", "offer", "open", "pay",
        "put", "reach", "read", "remain", "remember", "report", "require", "return", "run", "say", "see", "seem", "send",
        "set", "ship", "show", "start", "stay", "stop", "suggest", "take", "talk", "tell", "think", "try", "turn", "use",
        "wait", "want", "work", "write",
    ];

    /// <summary>Keywords and built-ins of the languages notes quote code in.</summary>
    private static readonly string[] CodeKeywords =
    [
        "abstract", "async", "await", "bool", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "def", "default", "del", "elif", "else", "enum", "except", "export", "extends", "false", "final", "finally",
        "float", "fn", "for", "func", "function", "goto", "impl", "import", "in", "int", "interface", "lambda", "let",
        "long", "mut", "namespace", "new", "nil", "none", "null", "object", "override", "package", "pass", "print",
        "private", "protected", "pub", "public", "raise", "return", "self", "short", "static", "str", "string", "struct",
        "super", "switch", "this", "throw", "throws", "true", "try", "type", "typedef", "typeof", "uint", "unsigned",
        "use", "using", "val", "var", "void", "while", "yield",
    ];

    private static readonly Analyzer Stemmed = NoteAnalyzer.Stemmed(expandVersions: false);

    /// <summary>The stems of the words above, as the index holds them ("shipped" and "ships" are both "ship").</summary>
    private static readonly FrozenSet<string> Weak = CommonVerbs.Concat(CodeKeywords).SelectMany(StemsOf).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="stem"/> (as the stemmed text fields hold it; <paramref name="surface"/> as the note
    /// wrote it) is a reason to relate notes: not a common verb or code keyword, not a number, and held by few notes.
    /// </summary>
    public static bool IsDistinctive(IndexReader reader, string stem, string surface, IReadOnlyList<string> fields)
    {
        if (Weak.Contains(stem) || Weak.Contains(surface) || stem.All(char.IsDigit))
            return false;
        var notes = fields.Max(field => reader.DocFreq(new Term(field, stem)));
        return notes <= Math.Max(RelatedNotes.MinDocFreq, reader.NumDocs * MaxShareOfNotes);
    }

    private static IEnumerable<string> StemsOf(string word)
    {
        var stems = new List<string> { word };
        using var stream = Stemmed.GetTokenStream(NoteFields.Body, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            stems.Add(term.ToString());
        stream.End();
        return stems;
    }
}
