using System.Text.Json;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Api;

/// <summary>
/// Writes API bodies with <see cref="NotesJson.Options"/> — the settings the CLI's <c>--json</c> uses, so the two
/// print one contract — through the <see cref="ApiResultCache"/>.
/// </summary>
public static class ApiJson
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>
    /// The cached body for <paramref name="key"/> at the searcher's current version, else <paramref name="produce"/>'s
    /// (then cached, unless <paramref name="cacheable"/> says no). Null when <paramref name="produce"/> finds nothing;
    /// nothing is cached then.
    /// </summary>
    public static IResult? Cached<T>(NoteSearcher searcher, ApiResultCache cache, string key, Func<T?> produce, Func<T, bool>? cacheable = null)
        where T : class
    {
        var version = searcher.Current();
        var bytes = cache.Get(version, key);
        if (bytes is null)
        {
            if (produce() is not { } value)
                return null;
            bytes = JsonSerializer.SerializeToUtf8Bytes(value, NotesJson.Options);
            if (cacheable?.Invoke(value) != false)
                cache.Set(version, key, bytes);
        }
        return Results.Bytes(bytes, ContentType);
    }
}
