using Lucene.Net.Analysis;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// At index time, turns a hyphen between two letters or digits (<c>DeepSeek-R1</c>, <c>all-to-all</c>) into
/// <see cref="Tie"/>, a word-joining character, so the tokenizer keeps the hyphenated name as one token and
/// <see cref="NamePartsFilter"/> can index it both split and joined. One character for one: offsets are unchanged.
/// Over a string (a build's fields), it copies spans of the string and ties the hyphens in them, with no buffer of its
/// own; over a reader (the analyzer's path), it reads through a look-ahead buffer.
/// </summary>
public sealed class HyphenTieCharFilter : CharFilter
{
    /// <summary>
    /// U+2040 CHARACTER TIE: Unicode word-break class ExtendNumLet (like '_'), so the standard tokenizer joins the
    /// words on both sides; written text practically never holds it.
    /// </summary>
    public const char Tie = '\u2040';

    private readonly string? text;
    private readonly char[] chunk = [];
    private int length;
    private int position;
    private bool ended;
    private char previous;

    public HyphenTieCharFilter(TextReader input) : base(input) => chunk = new char[4096];

    /// <summary>Reads <paramref name="text"/> itself.</summary>
    public HyphenTieCharFilter(string text) : base(TextReader.Null) => this.text = text;

    public override int Read(char[] buffer, int index, int count)
    {
        if (text is not null)
            return ReadText(text, buffer.AsSpan(index, Math.Min(count, text.Length - position)));
        var written = 0;
        while (written < count)
        {
            // Deciding on a hyphen needs the character after it: keep one character of look-ahead unless the input ended.
            if (length - position < 2 && !ended)
            {
                if (written > 0 && position < length)
                    break;
                Fill();
                continue;
            }
            if (position == length)
                break;
            var c = chunk[position];
            var output = c;
            if (NameForms.IsHyphen(c) && char.IsLetterOrDigit(previous)
                && position + 1 < length && char.IsLetterOrDigit(chunk[position + 1]))
                output = Tie;
            buffer[index + written++] = output;
            previous = c;
            position++;
        }
        return written;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    protected override int Correct(int currentOff) => currentOff;

    private int ReadText(string text, Span<char> output)
    {
        text.AsSpan(position, output.Length).CopyTo(output);
        for (var at = output.IndexOfAny(NameForms.Hyphens); at >= 0;)
        {
            var i = position + at;
            if (i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                output[at] = Tie;
            var next = output[(at + 1)..].IndexOfAny(NameForms.Hyphens);
            at = next < 0 ? -1 : at + 1 + next;
        }
        position += output.Length;
        return output.Length;
    }

    private void Fill()
    {
        var left = length - position;
        Array.Copy(chunk, position, chunk, 0, left);
        position = 0;
        length = left;
        while (length < chunk.Length)
        {
            var read = m_input.Read(chunk, length, chunk.Length - length);
            if (read <= 0)
            {
                ended = true;
                return;
            }
            length += read;
            if (length >= 2)
                return;
        }
    }
}
