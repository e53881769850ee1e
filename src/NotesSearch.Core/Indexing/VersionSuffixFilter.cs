using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// At index time, also emits a product name without its version suffix at the same position:
/// <c>rocev2</c> is findable as <c>roce</c>, <c>llama3</c> as <c>llama</c>. Expects lower-cased input.
/// </summary>
public sealed class VersionSuffixFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly IOffsetAttribute offset;
    private readonly ITypeAttribute type;

    // The name without its version, waiting to be emitted (null when none), with the name's offsets and type. Written
    // afresh rather than from a captured State, whose clones of every attribute cost more than the rest of this filter.
    private char[]? pending;
    private int pendingLength, pendingStart, pendingEnd;
    private string pendingType = TypeAttribute.DEFAULT_TYPE;

    public VersionSuffixFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null)
        {
            ClearAttributes();
            term.CopyBuffer(pending, 0, pendingLength);
            offset.SetOffset(pendingStart, pendingEnd);
            type.Type = pendingType;
            position.PositionIncrement = 0;
            pending = null;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        var stem = StemLength(term.Buffer.AsSpan(0, term.Length));
        if (stem > 0)
        {
            pending = term.Buffer[..stem];
            (pendingLength, pendingStart, pendingEnd, pendingType) = (stem, offset.StartOffset, offset.EndOffset, type.Type);
        }
        return true;
    }

    /// <summary>Length of the name before a trailing "v2" / "3" style version, or 0 when there is none.</summary>
    internal static int StemLength(ReadOnlySpan<char> buffer)
    {
        var length = buffer.Length;
        var end = length;
        while (end > 0 && char.IsAsciiDigit(buffer[end - 1]))
            end--;
        if (end == length || end == 0)
            return 0;
        if (buffer[end - 1] == 'v')
            end--;
        // Only letters before the version: "h100" keeps "h" out (a single letter is noise), "3dgs" has no suffix.
        if (end < 3)
            return 0;
        for (var i = 0; i < end; i++)
        {
            if (!char.IsAsciiLetter(buffer[i]))
                return 0;
        }
        return end;
    }

    public override void Reset()
    {
        base.Reset();
        pending = null;
    }
}
