using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using NotesSearch.Web.Api.Caching;

namespace NotesSearch.Web.Tests.Api;

/// <summary>The reusable tag on its own, and as the MVC attribute the site's feed uses.</summary>
public sealed class IndexETagTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void TheTagDependsOnTheIndexVersionAndTheNormalisedRequest()
    {
        var request = Request("/feed.xml", "?topic=b&topic=a&q=x").Request;

        Assert.Equal(IndexETag.For(request, "1.5.t"), IndexETag.For(Request("/feed.xml", "?Q=x&topic=b&topic=a").Request, "1.5.t"));
        Assert.NotEqual(IndexETag.For(request, "1.5.t"), IndexETag.For(request, "2.6.t"));
        Assert.NotEqual(IndexETag.For(request, "1.5.t"), IndexETag.For(Request("/feed.xml", "?topic=a&topic=b&q=x").Request, "1.5.t"));
        Assert.NotEqual(IndexETag.For(request, "1.5.t"), IndexETag.For(Request("/api/search", "?topic=b&topic=a&q=x").Request, "1.5.t"));
    }

    [Fact]
    public void ValuesHoldingSeparatorsCannotPoseAsOtherParameters()
    {
        Assert.NotEqual(RequestKey.Of(Request("/a", "?q=1%26b%3D2").Request), RequestKey.Of(Request("/a", "?q=1&b=2").Request));
    }

    [Fact]
    public void TheAttributeAnswers304ForACurrentTagAndLetsOtherRequestsThrough()
    {
        var attribute = new IndexETagAttribute();
        var first = Resource(Request("/feed.xml", "?q=gpu"));
        attribute.OnResourceExecuting(first);
        var tag = IndexETag.For(first.HttpContext.Request, factory.IndexVersion).ToString();
        var again = Request("/feed.xml", "?q=gpu");
        again.Request.Headers.IfNoneMatch = tag;
        var second = Resource(again);

        attribute.OnResourceExecuting(second);

        Assert.Null(first.Result);
        Assert.Equal(StatusCodes.Status304NotModified, Assert.IsType<StatusCodeResult>(second.Result).StatusCode);
        Assert.Equal(tag, second.HttpContext.Response.Headers.ETag.ToString());
        Assert.Equal("public, max-age=30", second.HttpContext.Response.Headers.CacheControl.ToString());
    }

    private DefaultHttpContext Request(string path, string query)
    {
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        return context;
    }

    private static ResourceExecutingContext Resource(HttpContext context) =>
        new(new ActionContext(context, new RouteData(), new ActionDescriptor()), [], []);
}
