using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Tests.Api;

/// <summary>
/// A search's ETag changes with the day in the site's time zone: <c>?q=yesterday</c> means another day tomorrow, so a
/// client's cached answer must not be confirmed with a 304 after midnight.
/// </summary>
public sealed class DatedETagTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dated-etag-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void TheTagOfOneRequestAndIndexVersionChangesAtMidnightInTheSiteTimeZone()
    {
        var evening = new DateTimeOffset(2026, 5, 20, 21, 0, 0, TimeSpan.Zero);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var utcEvening = Tag(evening, TimeZoneInfo.Utc);
        var utcLater = Tag(evening.AddHours(2), TimeZoneInfo.Utc);
        var utcNextDay = Tag(evening.AddHours(3.5), TimeZoneInfo.Utc);
        var berlinNextDay = Tag(evening.AddHours(2), berlin);

        Assert.Equal(utcEvening, utcLater);
        Assert.NotEqual(utcEvening, utcNextDay);
        Assert.NotEqual(utcLater, berlinNextDay);
    }

    private string Tag(DateTimeOffset now, TimeZoneInfo zone)
    {
        Directory.CreateDirectory(folder);
        using var searcher = NoteSearcher.OpenOrWait(folder, new SearchOptions { Time = new FixedClock(now), TimeZone = zone });
        using var services = new ServiceCollection().AddSingleton(searcher).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/search";
        context.Request.QueryString = new QueryString("?q=yesterday");
        return IndexETag.For(context.Request, "1.5.t").ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
