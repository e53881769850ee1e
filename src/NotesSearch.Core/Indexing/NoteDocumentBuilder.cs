using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Indexing;

/// <summary>
/// Builds the Lucene document of a note (the schema of <see cref="NoteFields"/>) from field instances it keeps and
/// refills note after note, as Lucene advises for bulk indexing: a new <c>StringField</c> or numeric field brings a
/// new token stream and attributes (looked up under a lock shared by every thread), which cost a full build more than
/// its numeric and keyword fields' indexing. Not thread-safe: one builder per writer thread, and a document is
/// valid until the next <see cref="Build"/>.
/// </summary>
internal sealed class NoteDocumentBuilder
{
    private readonly StringField slug = new(NoteFields.Slug, "", Field.Store.YES);
    private readonly StringField path = new(NoteFields.Path, "", Field.Store.YES);
    private readonly StoredField hash = new(NoteFields.Hash, "");
    private readonly FullText title = new(NoteFields.Title, NoteFields.TitleExact);
    private readonly FullText summary = new(NoteFields.Summary, NoteFields.SummaryExact);
    private readonly FullText body = new(NoteFields.Body, NoteFields.BodyExact);
    private readonly StringField year = new(NoteFields.Year, "", Field.Store.NO);
    private readonly SortedSetDocValuesField yearFacet = new(NoteFields.YearFacet, new BytesRef());
    private readonly StringField month = new(NoteFields.Month, "", Field.Store.NO);
    private readonly SortedSetDocValuesField monthFacet = new(NoteFields.MonthFacet, new BytesRef());
    private readonly Int32Field day = new(NoteFields.Day, 0, Field.Store.NO);
    private readonly NumericDocValuesField dateSortValues = new(NoteFields.DateSort, 0L);
    private readonly Int64Field dateSort = new(NoteFields.DateSort, 0L, Field.Store.NO);
    private readonly SortedDocValuesField slugSort = new(NoteFields.SlugSort, new BytesRef());
    private readonly StoredField date = new(NoteFields.Date, "");
    private readonly StoredField html = new(NoteFields.Html, "");
    private readonly StoredField anchors = new(NoteFields.Anchors, "");
    private readonly List<Field[]> topics = [];
    private Field[]? section;
    private StringField? draft;
    private StoredField? updated;
    private StoredField? modified;

    public Document Build(Note note)
    {
        var utc = note.Date.UtcDateTime;
        var day = note.Day;
        var yearText = day.Year.ToString(CultureInfo.InvariantCulture);
        var monthText = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        slug.SetStringValue(note.Slug);
        path.SetStringValue(note.Path);
        hash.SetStringValue(note.Hash);
        title.Set(note.Title);
        summary.Set(note.Summary);
        body.Set(note.Text);
        year.SetStringValue(yearText);
        yearFacet.SetBytesValue(new BytesRef(yearText));
        month.SetStringValue(monthText);
        monthFacet.SetBytesValue(new BytesRef(monthText));
        this.day.SetInt32Value(day.Year * 10000 + day.Month * 100 + day.Day);
        dateSortValues.SetInt64Value(utc.Ticks);
        dateSort.SetInt64Value(utc.Ticks);
        slugSort.SetBytesValue(new BytesRef(note.Slug));
        date.SetStringValue(note.Date.ToString("o", CultureInfo.InvariantCulture));
        html.SetStringValue(note.Html);
        var doc = new Document
        {
            slug, path, hash, title.Stemmed, summary.Stemmed, body.Stemmed, title.Exact, summary.Exact, body.Exact,
            year, yearFacet, month, monthFacet, this.day, dateSortValues, dateSort, slugSort, date, html,
        };
        if (note.Anchors.Count > 0)
        {
            anchors.SetStringValue(NoteDocuments.PackAnchors(note.Anchors));
            doc.Add(anchors);
        }
        for (var i = 0; i < note.Topics.Count; i++)
        {
            var topic = note.Topics[i];
            if (i == topics.Count)
            {
                topics.Add([
                    new StringField(NoteFields.Topic, "", Field.Store.NO),
                    new TextField(NoteFields.TopicText, "", Field.Store.NO),
                    new SortedSetDocValuesField(NoteFields.TopicFacet, new BytesRef()),
                    new StoredField(NoteFields.Topics, ""),
                ]);
            }
            var packed = topic.Key + NoteFields.TopicSeparator + topic.Label;
            var (key, label, facet, stored) = (topics[i][0], topics[i][1], topics[i][2], topics[i][3]);
            key.SetStringValue(topic.Key);
            label.SetStringValue(topic.Label);
            facet.SetBytesValue(new BytesRef(packed));
            stored.SetStringValue(packed);
            doc.Add(key);
            doc.Add(label);
            doc.Add(facet);
            doc.Add(stored);
        }
        if (note.Section is { } noteSection)
        {
            var packed = noteSection.Key + NoteFields.TopicSeparator + noteSection.Label;
            section ??= [
                new StringField(NoteFields.Section, "", Field.Store.NO),
                new SortedSetDocValuesField(NoteFields.SectionFacet, new BytesRef()),
                new StoredField(NoteFields.SectionStored, ""),
            ];
            section[0].SetStringValue(noteSection.Key);
            section[1].SetBytesValue(new BytesRef(packed));
            section[2].SetStringValue(packed);
            doc.Add(section[0]);
            doc.Add(section[1]);
            doc.Add(section[2]);
        }
        if (note.Draft)
            doc.Add(draft ??= new StringField(NoteFields.Draft, "true", Field.Store.YES));
        if (note.Updated is { } updatedAt)
        {
            updated ??= new StoredField(NoteFields.Updated, "");
            updated.SetStringValue(updatedAt.ToString("o", CultureInfo.InvariantCulture));
            doc.Add(updated);
        }
        if (note.Modified is { } modifiedAt)
        {
            modified ??= new StoredField(NoteFields.Modified, "");
            modified.SetStringValue(modifiedAt.ToString("o", CultureInfo.InvariantCulture));
            doc.Add(modified);
        }
        return doc;
    }

    /// <summary>
    /// A full-text field (stored, stemmed, with offsets) and its unstemmed copy, analysed in one pass: the copy's
    /// terms are gathered while the stemmed chain reads the text (<see cref="ExactWords"/>).
    /// </summary>
    private sealed class FullText
    {
        private readonly FieldTextStream stemmed;
        private readonly ExactWordsStream exact;

        public FullText(string name, string exactName)
        {
            var words = new ExactWords();
            stemmed = new FieldTextStream(words);
            exact = new ExactWordsStream(words);
            Stemmed = new Field(name, "", NoteDocuments.StoredTextWithOffsets);
            Stemmed.SetTokenStream(stemmed);
            Exact = new Field(exactName, exact, NoteDocuments.ExactWords);
        }

        public Field Stemmed { get; }

        public Field Exact { get; }

        public void Set(string text)
        {
            Stemmed.SetStringValue(text);
            stemmed.Text = text;
            exact.Expect(text);
        }
    }
}
