using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Asks the kernel to start reading a file into the page cache now, without waiting for it (POSIX
/// <c>posix_fadvise(POSIX_FADV_WILLNEED)</c>, Linux): a full build hints the files it will parse next, so a content
/// folder that is not in memory (a first build, or a collection larger than the cache) is read many files at a time
/// instead of one at a time per parsing thread, which left the cores idle (a 100k build from a cold cache spent a
/// third of its time waiting for files). A no-op elsewhere and for a file that cannot be opened: the parse reports it.
/// </summary>
internal static class ReadAhead
{
    private const int WillNeed = 3;  // POSIX_FADV_WILLNEED on Linux

    private static bool available = OperatingSystem.IsLinux();

    /// <summary>Hints one file; returns at once (the kernel queues the reads).</summary>
    public static void Hint(string path)
    {
        if (!available)
            return;
        try
        {
            using var file = RegularFile.OpenRead(path);
            _ = Advise(file, 0, 0, WillNeed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The parse opens it again and says what is wrong.
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            available = false;
        }
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code in the whole project for one call.
    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int Advise(SafeFileHandle file, long offset, long length, int advice);
}
