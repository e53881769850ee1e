using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NotesSearch.Web.Tests.Site;

/// <summary>A site with a bug: every page action throws (the error page itself excepted).</summary>
public sealed class FailingSiteFactory : NotesSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new FailingFilter())));
    }

    private sealed class FailingFilter : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Path != "/error")
                throw new InvalidOperationException("a bug with a secret in its message");
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}

public sealed class ErrorPageTests(FailingSiteFactory site) : IClassFixture<FailingSiteFactory>
{
    [Fact]
    public async Task AnUnhandledErrorIsAFriendlyPageWithoutDetails()
    {
        var client = site.CreateClient();

        using var response = await client.GetAsync("/topics");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("secret", html);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
