using NotesSearch.Core.Indexing;

namespace NotesSearch.Core.Tests.Indexing;

/// <summary>The hyphen tie read from a string (a build's fields) and from a reader (the analyzer) gives the same text.</summary>
public class HyphenTieCharFilterTests
{
    private const char Tie = HyphenTieCharFilter.Tie;

    [Fact]
    public void OnlyAHyphenBetweenTwoLettersOrDigitsBecomesATie()
    {
        const string text = "DeepSeek-R1 all\u2010to\u2011all -x x- a--b 3-4 é-ü -";

        var expected = $"DeepSeek{Tie}R1 all{Tie}to{Tie}all -x x- a--b 3{Tie}4 é{Tie}ü -";
        Assert.Equal(expected, ReadAll(new HyphenTieCharFilter(text), 7));
        Assert.Equal(expected, ReadAll(new HyphenTieCharFilter(new StringReader(text)), 7));
    }

    [Fact]
    public void ReadingTheStringGivesWhatReadingThroughTheReaderGives()
    {
        // Hyphens at every place a read can cut: both ends of a read, and the reader's 4096-character look-ahead buffer.
        var random = new Random(15);
        const string alphabet = "ab1-\u2010\u2011 é字-";
        for (var round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 9000)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var chunk = random.Next(1, 5000);

            Assert.Equal(ReadAll(new HyphenTieCharFilter(new StringReader(text)), chunk), ReadAll(new HyphenTieCharFilter(text), chunk));
        }
    }

    private static string ReadAll(HyphenTieCharFilter filter, int chunk)
    {
        var buffer = new char[chunk + 3];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = filter.Read(buffer, 3, chunk)) > 0)
            text.Append(buffer, 3, read);
        return text.ToString();
    }
}
