using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Api.Caching;

/// <summary>
/// Serialised responses keyed on the index version and the normalised request, so a repeated query costs a lookup
/// and a copy. A new index version makes every older entry unreachable (its key is never built again); the first
/// request that sees a new version also compacts the cache so the dead entries do not wait for eviction.
/// Bounded by <see cref="ApiOptions.ResultCacheEntries"/> (each entry counts 1). A singleton with its own
/// <see cref="MemoryCache"/>, since a size limit on the shared one would oblige every other user to give sizes.
/// Thread-safe.
/// </summary>
public sealed class ApiResultCache : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);
    private readonly MemoryCache cache;
    private string? lastVersion;

    public ApiResultCache(IOptions<ApiOptions> options) =>
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResultCacheEntries) });

    /// <summary>The cached bytes for <paramref name="key"/> at <paramref name="version"/>, else null.</summary>
    public byte[]? Get(string version, string key)
    {
        NoteVersion(version);
        return cache.TryGetValue((version, key), out byte[]? bytes) ? bytes : null;
    }

    public void Set(string version, string key, byte[] bytes) =>
        cache.Set((version, key), bytes, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });

    private void NoteVersion(string version)
    {
        var previous = Interlocked.Exchange(ref lastVersion, version);
        if (previous is not null && previous != version)
            cache.Compact(1.0);
    }

    public void Dispose() => cache.Dispose();
}
