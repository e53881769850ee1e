using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// The stemmed index chain of one full-text field of a writer thread (<see cref="NoteAnalyzer.IndexFilters"/>), kept
/// for every note: <see cref="Text"/> is set per note, and the writer's reset points the tokenizer at it. The field's
/// unstemmed terms are gathered on the way (<see cref="ExactWords"/>). Not thread-safe: one writer thread's.
/// </summary>
internal sealed class FieldTextStream : TokenFilter
{
    private readonly Tokenizer source;
    private readonly ExactWords exact;

    private FieldTextStream(Tokenizer source, ExactWords exact) : base(NoteAnalyzer.IndexFilters(source, exact))
    {
        this.source = source;
        this.exact = exact;
        // A tokenizer takes a new reader only once the previous one is closed: close the placeholder now.
        Dispose();
    }

    public FieldTextStream(ExactWords exact) : this(new StandardTokenizer(NoteFields.Version, new StringReader("")), exact)
    {
    }

    /// <summary>The text the next reset reads.</summary>
    public string Text { get; set; } = "";

    public override bool IncrementToken() => m_input.IncrementToken();

    public override void Reset()
    {
        source.SetReader(new HyphenTieCharFilter(Text));
        exact.Start(Text);
        base.Reset();
    }
}
