using System.Text;

namespace NotesSearch.Core.Notes;

/// <summary>A topic: a normalised key (<c>world-models</c>) and the label as first written (<c>World Models</c>).</summary>
public sealed record Topic(string Key, string Label)
{
    /// <summary>A topic from a label as written in front matter.</summary>
    public static Topic FromLabel(string label) => new(KeyOf(label), label.Trim());

    /// <summary>
    /// Lower case, letters and digits kept, every run of anything else one '-':
    /// <c>World Models</c>, <c>world_models</c> and <c>World-Models</c> are all <c>world-models</c>.
    /// </summary>
    public static string KeyOf(string label)
    {
        var key = new StringBuilder(label.Length);
        foreach (var c in label.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
                key.Append(c);
            else if (key.Length > 0 && key[^1] != '-')
                key.Append('-');
        }
        return key.ToString().TrimEnd('-');
    }
}
