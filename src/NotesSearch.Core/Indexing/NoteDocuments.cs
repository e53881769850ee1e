using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Indexing;

/// <summary>Turns a <see cref="Note"/> into the Lucene document <see cref="NoteFields"/> describes, and back.</summary>
public static class NoteDocuments
{
    /// <summary>Full text, stored, with offsets in the postings for the postings highlighter.</summary>
    internal static readonly FieldType StoredTextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>
    /// The unstemmed copies only feed prefix, wildcard and fuzzy expansion and the term dictionary (spelling,
    /// suggestions): no positions, frequencies or norms are needed, and leaving them out cut a 100k build by 13%.
    /// </summary>
    internal static readonly FieldType ExactWords = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>The term that identifies a note's document (for UpdateDocument and DeleteDocuments).</summary>
    public static Term KeyOf(string slug) => new(NoteFields.Slug, slug);

    /// <summary>The note's document, built from new fields (a writer thread reuses its own: <see cref="NoteDocumentBuilder"/>).</summary>
    public static Document ToDocument(Note note) => new NoteDocumentBuilder().Build(note);

    /// <summary>A topic packed as "key\u001Flabel" (stored fields and facet doc values).</summary>
    public static Topic UnpackTopic(string packed)
    {
        var cut = packed.IndexOf(NoteFields.TopicSeparator);
        return cut < 0 ? new Topic(packed, packed) : new Topic(packed[..cut], packed[(cut + 1)..]);
    }

    /// <summary>A section packed as "key\u001Flabel" (stored field and facet doc values).</summary>
    public static Section UnpackSection(string packed)
    {
        var topic = UnpackTopic(packed);
        return new Section(topic.Key, topic.Label);
    }

    /// <summary>The note's section, or null when it has none.</summary>
    public static Section? SectionOf(Document doc) => doc.Get(NoteFields.SectionStored) is { } packed ? UnpackSection(packed) : null;

    public static DateTimeOffset DateOf(Document doc) =>
        DateTimeOffset.Parse(doc.Get(NoteFields.Date), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>The stored time of the note's last change; null when it has none.</summary>
    public static DateTimeOffset? UpdatedOf(Document doc) =>
        doc.Get(NoteFields.Updated) is { } updated ? DateTimeOffset.Parse(updated, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    /// <summary>When the note's file was last written; null when not stored.</summary>
    public static DateTimeOffset? ModifiedOf(Document doc) =>
        doc.Get(NoteFields.Modified) is { } modified ? DateTimeOffset.Parse(modified, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    public static IReadOnlyList<Topic> TopicsOf(Document doc) =>
        doc.GetValues(NoteFields.Topics).Select(UnpackTopic).ToArray();

    /// <summary>The anchors as stored: one "start id" line each.</summary>
    public static string PackAnchors(IReadOnlyList<BlockAnchor> anchors) =>
        string.Join('\n', anchors.Select(a => a.Start.ToString(CultureInfo.InvariantCulture) + " " + a.Id));

    /// <summary>The stored anchors, in text order; empty when the note has none (or an index written before them).</summary>
    public static IReadOnlyList<BlockAnchor> AnchorsOf(Document doc)
    {
        if (doc.Get(NoteFields.Anchors) is not { Length: > 0 } packed)
            return [];
        var anchors = new List<BlockAnchor>();
        foreach (var line in packed.Split('\n'))
        {
            var space = line.IndexOf(' ');
            if (space > 0 && int.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
                anchors.Add(new BlockAnchor(start, line[(space + 1)..]));
        }
        return anchors;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
