using Lucene.Net.Analysis;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// At index time, turns a hyphen between two letters or digits (<c>DeepSeek-R1</c>, <c>all-to-all</c>) into
/// <see cref="Tie"/>, a word-joining character, so the tokenizer keeps the hyphenated name as one token and
/// <see cref="NamePartsFilter"/> can index it both split and joined. One character for one: offsets are unchanged.
/// It reads from a string (a build's fields; a reader is read to its end first, as a field's text is bounded), copying
/// spans of it and tying the hyphens in them, with no buffer of its own.
/// </summary>
public sealed class HyphenTieCharFilter : CharFilter
{
    /// <summary>
    /// U+2040 CHARACTER TIE: Unicode word-break class ExtendNumLet (like '_'), so the standard tokenizer joins the
    /// words on both sides; written text practically never holds it.
    /// </summary>
    public const char Tie = '\u2040';

    private readonly string text;
    private int position;

    public HyphenTieCharFilter(TextReader input) : base(input) => text = input.ReadToEnd();

    /// <summary>Reads <paramref name="text"/> itself.</summary>
    public HyphenTieCharFilter(string text) : base(TextReader.Null) => this.text = text;

    public override int Read(char[] buffer, int index, int count)
    {
        var output = buffer.AsSpan(index, Math.Min(count, text.Length - position));
        text.AsSpan(position, output.Length).CopyTo(output);
        for (var at = output.IndexOfAny(NameForms.Hyphens); at >= 0;)
        {
            if (NameForms.JoinsAt(text, position + at))
                output[at] = Tie;
            var next = output[(at + 1)..].IndexOfAny(NameForms.Hyphens);
            at = next < 0 ? -1 : at + 1 + next;
        }
        position += output.Length;
        return output.Length;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    protected override int Correct(int currentOff) => currentOff;
}
