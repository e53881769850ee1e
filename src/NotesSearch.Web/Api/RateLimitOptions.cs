namespace NotesSearch.Web.Api;

/// <summary>
/// A token bucket per client address: the "Api:RateLimit" section for the JSON API, and (through
/// <see cref="PageRateLimitOptions"/>) the "Pages:RateLimit" section for the site's pages that run a search.
/// </summary>
public class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Tokens added back every second.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>The bucket's size: how many requests a client may make at once after being idle.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>
    /// Loopback and in-process (test server) clients are not limited: local tools, health checks and load
    /// benchmarks run there. Behind a reverse proxy on the same machine, turn on forwarded headers so the
    /// real client address is seen, or set this to false.
    /// </summary>
    public bool ExemptLoopback { get; set; } = true;
}

/// <summary>
/// The "Pages:RateLimit" section: the search page (<c>/</c>), its feed (<c>/feed.xml</c>) and note pages
/// (<c>/notes/{slug}</c>, which search for related notes). A separate bucket from the API's, sized for a reader
/// rather than a program: results that follow typing send a few requests a second at most, so 20 a second with a
/// burst of 60 never stops a person, and stops a script after a few seconds.
/// </summary>
public sealed class PageRateLimitOptions : RateLimitOptions
{
    public const string Section = "Pages:RateLimit";

    public PageRateLimitOptions()
    {
        PermitsPerSecond = 20;
        Burst = 60;
    }
}
