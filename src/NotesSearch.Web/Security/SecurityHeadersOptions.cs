namespace NotesSearch.Web.Security;

/// <summary>The "SecurityHeaders" configuration section: what <see cref="SecurityHeadersMiddleware"/> sends.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>No inline script or style anywhere: the site's script and styles are files under wwwroot.</summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// Exact paths (case-insensitive) that get no Content-Security-Policy from this middleware, for pages
    /// that bring their own (an API explorer page that needs inline script). Add to it with
    /// <c>services.Configure&lt;SecurityHeadersOptions&gt;(o =&gt; o.CspExemptPaths.Add("/api"))</c>.
    /// </summary>
    public ISet<string> CspExemptPaths { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    /// <summary>Browser features no page of the site uses, each allowed to no origin.</summary>
    public string PermissionsPolicy { get; set; } =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";
}
