namespace NotesSearch.Web.Api;

/// <summary>The "Api" configuration section (appsettings.json, Api__* environment variables, --Api:* arguments).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Cache-Control max-age of successful responses, in seconds. Short: an edit shows up within this time.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 30;

    /// <summary>
    /// Origins allowed to GET the API from a browser. Empty (the default) or "*" means any origin.
    /// Empty rather than ["*"] by default because the configuration binder appends to an array, never replaces it.
    /// </summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>
    /// Megabytes of responses (search, notes, topics, stats, suggest) kept in memory for the current index version,
    /// counted by their serialised size; 0 turns the cache off.
    /// </summary>
    public int ResultCacheMegabytes { get; set; } = 32;

    public RateLimitOptions RateLimit { get; set; } = new();
}
