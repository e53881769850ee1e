using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api.Caching;

/// <summary>
/// A short string that changes whenever what the searcher serves changes: the commit generation, the reader's
/// version (bumped on every change, committed or not) and the commit time (so an index deleted and rebuilt from
/// scratch, whose generation starts again, still gets new values). Computed once per reader and then shared:
/// asking costs one searcher lease. Thread-safe.
/// </summary>
public static class IndexVersion
{
    private static readonly ConditionalWeakTable<IndexReader, string> Versions = new();

    /// <summary>The version of the index this searcher serves right now.</summary>
    public static string Current(this NoteSearcher searcher) => searcher.Use(s => Of(s.IndexReader));

    public static string Of(IndexReader reader) => Versions.GetValue(reader, Compute);

    private static string Compute(IndexReader reader)
    {
        if (reader is not DirectoryReader directoryReader)
            return "r" + RuntimeHelpers.GetHashCode(reader).ToString(CultureInfo.InvariantCulture);
        var commit = directoryReader.IndexCommit;
        var indexedAt = commit.UserData.TryGetValue(NoteFields.IndexedAtKey, out var at) ? at : "";
        return string.Create(CultureInfo.InvariantCulture, $"{commit.Generation}.{directoryReader.Version}.{indexedAt}");
    }
}
