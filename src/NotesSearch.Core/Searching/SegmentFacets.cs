namespace NotesSearch.Core.Searching;

/// <summary>
/// One segment's facet values, decoded once per segment core and cached (a segment never changes): per document
/// its month, section and topic ordinals in plain arrays, and per ordinal its value. Counting then reads arrays by
/// document number — no doc-values decoding and no strings per hit. Memory: about 4 bytes per note (8 with sections)
/// plus 4 per topic of each note (12 MB for a million notes with two topics each).
/// </summary>
/// <param name="TopicIds">Topic ordinal → topic id in <see cref="FacetOrdinals"/> (several labels of one key share an id).</param>
/// <param name="Months">Month ordinal → yyyyMM (202603); the year is yyyyMM / 100, so one value serves both date dimensions.</param>
/// <param name="MonthOfDoc">Document → month ordinal, -1 when it has none.</param>
/// <param name="TopicStart">Document d's topic ordinals are <paramref name="TopicOrds"/>[TopicStart[d]..TopicStart[d + 1]).</param>
/// <param name="TopicOrds">Every document's topic ordinals, one after another.</param>
internal sealed record SegmentFacets(int[] TopicIds, int[] Months, int[] MonthOfDoc, int[] TopicStart, int[] TopicOrds)
{
    /// <summary>Section ordinal → section id in <see cref="FacetOrdinals"/>.</summary>
    public int[] SectionIds { get; init; } = [];

    /// <summary>Document → section ordinal, -1 when it has none; null when no document of the segment has one.</summary>
    public int[]? SectionOfDoc { get; init; }
}
