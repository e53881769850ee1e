namespace NotesSearch.Web.Api;

/// <summary>The "Api:RateLimit" section: a token bucket per client address.</summary>
public sealed class ApiRateLimitOptions
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
