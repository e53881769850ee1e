namespace NotesSearch.Core.Tests.Indexing;

/// <summary>The kinds of damage issue 16 found a healthy index could suffer (a disk, a copy, a person).</summary>
public enum IndexDamageKind
{
    /// <summary>The newest segments_N truncated to 0 bytes.</summary>
    SegmentsTruncated,

    /// <summary>8 bytes flipped in the middle of the newest segments_N.</summary>
    SegmentsFlipped,

    /// <summary>A segment's .si file deleted.</summary>
    SegmentInfoDeleted,

    /// <summary>
    /// Up to 4 KB flipped in every .doc (postings) file, between its header and its checksum footer: a search for a
    /// word that is in more than one note (a single note's posting is kept in the terms file) reads flipped bytes.
    /// </summary>
    PostingsFlipped,
}

/// <summary>Damages an index folder on disk as <see cref="IndexDamageKind"/> says (shared by the Core, CLI and web tests).</summary>
public static class IndexDamager
{
    public static void Apply(string indexPath, IndexDamageKind kind)
    {
        switch (kind)
        {
            case IndexDamageKind.SegmentsTruncated:
                using (new FileStream(NewestSegmentsFile(indexPath), FileMode.Truncate))
                {
                }
                break;
            case IndexDamageKind.SegmentsFlipped:
                var segments = NewestSegmentsFile(indexPath);
                Flip(segments, new FileInfo(segments).Length / 2 - 4, 8);
                break;
            case IndexDamageKind.SegmentInfoDeleted:
                File.Delete(Directory.EnumerateFiles(indexPath, "*.si").Order(StringComparer.Ordinal).First());
                break;
            case IndexDamageKind.PostingsFlipped:
                var postings = Directory.GetFiles(indexPath, "*.doc");
                if (postings.Length == 0)
                    throw new InvalidOperationException($"no .doc file in {indexPath} (a compound-file index?)");
                var flipped = 0;
                foreach (var file in postings)
                {
                    // Past the codec header and block settings read when the file opens (~80 bytes), short of the
                    // 16-byte checksum footer: the index still opens, and a search decodes the flipped postings.
                    // A segment with almost no postings has nothing between the two to flip.
                    var length = new FileInfo(file).Length;
                    if (length - 128 - 32 < 8)
                        continue;
                    Flip(file, 128, Math.Min(4096, length - 128 - 32));
                    flipped++;
                }
                if (flipped == 0)
                    throw new InvalidOperationException($"no .doc file in {indexPath} is long enough to damage");
                break;
        }
    }

    private static string NewestSegmentsFile(string indexPath) =>
        Directory.EnumerateFiles(indexPath, "segments_*")
            .MaxBy(file => Base36(Path.GetFileName(file)["segments_".Length..]))
        ?? throw new InvalidOperationException($"no segments_N in {indexPath}");

    /// <summary>Lucene names generations in base 36 (segments_a follows segments_9).</summary>
    private static long Base36(string digits) =>
        digits.Aggregate(0L, (value, digit) => value * 36 + (char.IsDigit(digit) ? digit - '0' : char.ToLowerInvariant(digit) - 'a' + 10));

    private static void Flip(string path, long offset, long count)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var bytes = new byte[count];
        file.Position = offset;
        file.ReadExactly(bytes);
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] ^= 0xFF;
        file.Position = offset;
        file.Write(bytes);
    }
}
