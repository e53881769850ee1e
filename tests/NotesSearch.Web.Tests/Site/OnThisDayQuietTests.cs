using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The site on a day with no notes around it in earlier years (1 September 2026, UTC).</summary>
public sealed class QuietDaySiteFactory : NotesSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero))));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class OnThisDayQuietTests(QuietDaySiteFactory site) : IClassFixture<QuietDaySiteFactory>
{
    [Fact]
    public async Task TheHomePageLeavesOnThisDayOutWhenThereIsNothing()
    {
        var page = await site.CreateClient().GetPageAsync("/");

        Assert.Null(page.QuerySelector(".on-this-day"));
        Assert.NotEmpty(page.QuerySelectorAll("ol.hits li"));
    }
}
