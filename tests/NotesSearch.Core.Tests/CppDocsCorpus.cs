using System.Formats.Tar;
using System.Security.Cryptography;
using NotesSearch.Core.Notes;
using ZstdSharp;

namespace NotesSearch.Core.Tests;

/// <summary>
/// Microsoft's C++ documentation (DocFX), as packed in tests/corpora/cpp-docs (see its SOURCE.md),
/// unpacked in-process (no zstd on the machine needed) into a temp folder once per test run: the
/// folder is named by the archive's hash, so a run finding it complete reuses it.
/// </summary>
internal static class CppDocsCorpus
{
    private static readonly Lazy<string> Unpacked = new(Unpack, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<List<NoteFile>> Scanned = new(
        () => [.. new ContentScanner(NoteParserOptions.Default.WithConventionsOf(Root)).Scan(Root)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The unpacked <c>cpp-docs/</c> folder: the content folder as the repository keeps it.</summary>
    public static string Root => Unpacked.Value;

    /// <summary>Every file of the set as a full scan with its conventions gives it, parsed once per test run (9.7k pages).</summary>
    public static IReadOnlyList<NoteFile> Files => Scanned.Value;

    private static string Unpack()
    {
        var archive = Path.Combine(RepoPaths.Root, "tests", "corpora", "cpp-docs", "cpp-docs.tar.zst");
        string hash;
        using (var file = File.OpenRead(archive))
            hash = Convert.ToHexStringLower(SHA256.HashData(file))[..16];
        var target = Path.Combine(Path.GetTempPath(), $"notessearch-cpp-docs-{hash}");
        var done = Path.Combine(target, ".unpacked");
        if (!File.Exists(done))
        {
            if (Directory.Exists(target))
                Directory.Delete(target, recursive: true);
            Directory.CreateDirectory(target);
            using var input = File.OpenRead(archive);
            using var zstd = new DecompressionStream(input);
            TarFile.ExtractToDirectory(zstd, target, overwriteFiles: true);
            File.WriteAllText(done, hash);
        }
        return Path.Combine(target, "cpp-docs");
    }
}
