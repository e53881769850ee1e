using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The site on 28 April 2026 in a time zone 14 hours ahead of UTC, while UTC is still on the 27th.</summary>
public sealed class OnThisDaySiteFactory : NotesSiteFactory
{
    public static readonly DateTimeOffset Now = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notes:TimeZone", "Pacific/Kiritimati");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class OnThisDayPageTests(OnThisDaySiteFactory site) : IClassFixture<OnThisDaySiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task TheHomePageShowsNotesFromThisDayInEarlierYearsInTheSitesTimeZone()
    {
        var page = await client.GetPageAsync("/");

        Assert.Equal(["/notes/self-managed-airflow-cost"], page.Hrefs(".on-this-day li a"));
        Assert.Contains("a year ago, on this day", page.QuerySelector(".on-this-day li")!.TextContent);
    }

    [Theory]
    [InlineData("/?q=kv+cache")]
    [InlineData("/?topic=kv-cache")]
    [InlineData("/?page=2")]
    public async Task OnlyTheHomePageShowsIt(string url)
    {
        var page = await client.GetPageAsync(url);

        Assert.Null(page.QuerySelector(".on-this-day"));
    }
}
