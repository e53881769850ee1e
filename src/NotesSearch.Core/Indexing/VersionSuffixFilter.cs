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
    private State? pending;
    private int pendingLength;

    public VersionSuffixFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null)
        {
            RestoreState(pending);
            pending = null;
            term.Length = pendingLength;
            position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        var stem = StemLength(term.Buffer, term.Length);
        if (stem > 0)
        {
            pending = CaptureState();
            pendingLength = stem;
        }
        return true;
    }

    /// <summary>Length of the name before a trailing "v2" / "3" style version, or 0 when there is none.</summary>
    private static int StemLength(char[] buffer, int length)
    {
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
