namespace NotesSearch.Web.Hosting;

/// <summary>
/// Today's date where the site is: the clock's UTC now in the site's time zone. "On this day" asks it, so that
/// a reader at 00:30 sees that day's notes, not yesterday's UTC ones. The zone is <c>Notes:TimeZone</c> (an IANA
/// or Windows id such as <c>Europe/Berlin</c>), UTC when unset or unknown. Thread-safe.
/// </summary>
public sealed class SiteToday(TimeProvider clock, TimeZoneInfo zone)
{
    /// <summary>The configuration key of the site's time zone.</summary>
    public const string TimeZoneKey = "Notes:TimeZone";

    /// <summary>The site's time zone.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>Today's date in <see cref="Zone"/>.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    /// <summary>The site's clock in the zone <see cref="TimeZoneKey"/> names (UTC when unset or not a known zone).</summary>
    public static SiteToday From(TimeProvider clock, IConfiguration configuration)
    {
        var id = configuration[TimeZoneKey];
        if (string.IsNullOrWhiteSpace(id))
            return new SiteToday(clock, TimeZoneInfo.Utc);
        try
        {
            return new SiteToday(clock, TimeZoneInfo.FindSystemTimeZoneById(id.Trim()));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // The setting's own validation (and its message) belongs to whoever reads Notes:TimeZone for dates in queries.
            return new SiteToday(clock, TimeZoneInfo.Utc);
        }
    }
}
