using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NotesSearch.Core.Notes;

/// <summary>
/// Opens a note for reading only when it is a regular file. Opening a named pipe (a FIFO called <c>x.md</c>) for reading
/// waits until something writes to it, which in a notes folder is forever: a build or <c>notes check</c> hung on one. On
/// Linux the file is therefore opened without waiting (POSIX <c>open(O_RDONLY | O_NONBLOCK)</c>) and refused unless it
/// can seek (pipes, sockets and terminals cannot), with an <see cref="IOException"/> the caller reports like any
/// unreadable file. Elsewhere it is <see cref="File.OpenHandle"/> as usual.
/// </summary>
internal static class RegularFile
{
    // Linux's open(2) flags and lseek(2) whence (the same on x86-64 and arm64).
    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000, SeekCurrent = 1;
    private const int NoSuchFile = 2, AccessDenied = 13;

    /// <summary>A read handle on <paramref name="path"/>; throws IOException (FileNotFoundException) or UnauthorizedAccessException.</summary>
    public static SafeFileHandle OpenRead(string path)
    {
        if (!OperatingSystem.IsLinux())
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var descriptor = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = $"{Marshal.GetPInvokeErrorMessage(error)}: '{path}'";
            throw error switch
            {
                NoSuchFile => new FileNotFoundException(message, path),
                AccessDenied => new UnauthorizedAccessException(message),
                _ => new IOException(message),
            };
        }
        var file = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Seek(file, 0, SeekCurrent) < 0)
        {
            file.Dispose();
            throw new IOException($"not a regular file (a pipe, socket or terminal): '{path}'");
        }
        return file;
    }

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="file"/>, fewer when it was cut short meanwhile.</summary>
    public static byte[] Read(SafeFileHandle file, long length)
    {
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(file, bytes.AsSpan(read), read);
            if (count == 0)
                break;
            read += count;
        }
        return read == bytes.Length ? bytes : bytes[..read];
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code in the whole project for two calls.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "lseek")]
    private static extern long Seek(SafeFileHandle file, long offset, int whence);
}
