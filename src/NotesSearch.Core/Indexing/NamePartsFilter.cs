using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// At index time, makes a name findable however a reader types it, whole, split or joined:
/// a hyphenated name (joined by <see cref="HyphenTieCharFilter.Tie"/>) is indexed as its parts at successive
/// positions plus the parts joined at the first one (<c>deepseek⁀r1</c> → <c>deepseek</c>, <c>deepseekr1</c>,
/// <c>r1</c>); a token mixing letters and digits also gets its letter and digit runs at its own position
/// (<c>h100</c> → <c>h100</c>, <c>h</c>, <c>100</c>), so <c>h 100</c> finds it. Expects case-folded input.
/// </summary>
public sealed class NamePartsFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly IOffsetAttribute offset;
    private readonly ITypeAttribute type;
    private readonly Queue<(string Text, int Increment, int Start, int End)> pending = new();

    // The type of the token whose parts are pending. The other attributes of a part are written afresh: a captured
    // State (clones of every attribute, per name) was a tenth of a build's CPU.
    private string tokenType = TypeAttribute.DEFAULT_TYPE;

    // The start offset of the last token out: the writer refuses offsets that go backwards, and a name's computed part
    // offsets can (a name starting with a hyphen after an ideograph, "字-İü-0", gives its joined form the hyphen's offset).
    private int lastStart;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Digits and the separators a number holds: a token with anything else in it also has letters (StandardTokenizer emits nothing else).</summary>
    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create("0123456789.,_'\u2019");

    public NamePartsFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            var (text, increment, start, end) = pending.Dequeue();
            // As the tokenizer leaves a token: everything else at its default (no keyword flag from a stemmer's marker).
            ClearAttributes();
            type.Type = tokenType;
            term.SetEmpty().Append(text);
            position.PositionIncrement = increment;
            start = Math.Max(start, lastStart);
            offset.SetOffset(start, Math.Max(start, end));
            lastStart = start;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        lastStart = offset.StartOffset;
        // Most tokens are plain words: look at the buffer before making a string.
        var buffer = term.Buffer.AsSpan(0, term.Length);
        var tied = buffer.Contains(HyphenTieCharFilter.Tie);
        if (!tied && !(buffer.ContainsAny(Digits) && buffer.ContainsAnyExcept(NotLetters)))
            return true;
        var whole = term.ToString();
        var (first, last) = (offset.StartOffset, offset.EndOffset);
        // Offsets of parts are exact only when the text still has the length it had in the source (normalisation may change it).
        var mapped = last - first == whole.Length;
        tokenType = type.Type;
        if (tied)
        {
            var parts = whole.Split(HyphenTieCharFilter.Tie, StringSplitOptions.RemoveEmptyEntries);
            var searched = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                var at = whole.IndexOf(parts[i], searched, StringComparison.Ordinal);
                searched = at + parts[i].Length;
                var (start, end) = mapped ? (first + at, first + searched) : (first, last);
                if (i == 0)
                {
                    term.SetEmpty().Append(parts[0]);
                    offset.SetOffset(start, end);
                    lastStart = start;
                    if (parts.Length > 1)
                        pending.Enqueue((string.Concat(parts), 0, first, last));
                }
                else
                {
                    pending.Enqueue((parts[i], 1, start, end));
                }
                EnqueueRuns(parts[i], start, end, mapped);
            }
            return true;
        }
        EnqueueRuns(whole, first, last, mapped);
        return true;
    }

    /// <summary>The letter and digit runs of a name mixing both (<c>h100</c> → <c>h</c>, <c>100</c>), at its position.</summary>
    private void EnqueueRuns(string text, int first, int last, bool mapped)
    {
        if (NameForms.Runs(text) is not { } runs)
            return;
        foreach (var (start, length) in runs)
            pending.Enqueue((text.Substring(start, length), 0, mapped ? first + start : first, mapped ? first + start + length : last));
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        lastStart = 0;
    }
}
