using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Api.Caching;

/// <summary>
/// Serialised responses keyed on the index version and the normalised request, so a repeated query costs a lookup
/// and a copy. A new index version makes every older entry unreachable (its key is never built again); the first
/// request that sees a new version also compacts the cache so the dead entries do not wait for eviction.
/// Bounded in bytes by <see cref="ApiOptions.ResultCacheMegabytes"/>: each entry counts its body, its key and a fixed
/// overhead, and a body over an eighth of the bound is not kept (a few huge notes must not push out every search).
/// Past the bound new entries are refused until eviction makes room, so the cache never holds more than the bound,
/// however many distinct requests arrive. A singleton with its own <see cref="MemoryCache"/>, since a size limit on
/// the shared one would oblige every other user to give sizes. Thread-safe.
/// </summary>
public sealed class ApiResultCache : IDisposable
{
    /// <summary>What an entry costs beyond its body and key, in bytes: the cache entry, its key tuple, the array header.</summary>
    internal const int EntryOverhead = 256;

    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);
    private readonly MemoryCache cache;
    private string? lastVersion;

    public ApiResultCache(IOptions<ApiOptions> options)
    {
        SizeLimit = Math.Max(0, options.Value.ResultCacheMegabytes) * 1024L * 1024L;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, SizeLimit), TrackStatistics = true });
    }

    /// <summary>The bound, in bytes; 0 turns the cache off.</summary>
    public long SizeLimit { get; }

    /// <summary>The bytes the entries held now count for (never above <see cref="SizeLimit"/>).</summary>
    public long Size => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The cached bytes for <paramref name="key"/> at <paramref name="version"/>, else null.</summary>
    public byte[]? Get(string version, string key)
    {
        NoteVersion(version);
        return cache.TryGetValue((version, key), out byte[]? bytes) ? bytes : null;
    }

    public void Set(string version, string key, byte[] bytes)
    {
        var size = bytes.Length + 2L * (version.Length + key.Length) + EntryOverhead;
        if (size > SizeLimit / 8)
            return;
        cache.Set((version, key), bytes, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = Idle });
    }

    private void NoteVersion(string version)
    {
        var previous = Interlocked.Exchange(ref lastVersion, version);
        if (previous is not null && previous != version)
            cache.Compact(1.0);
    }

    public void Dispose() => cache.Dispose();
}
