using Microsoft.Extensions.DependencyInjection.Extensions;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api.Caching;
using NotesSearch.Web.Api.Endpoints;
using NotesSearch.Web.Api.OpenApi;
using NotesSearch.Web.Api.Protection;

namespace NotesSearch.Web.Api;

/// <summary>
/// The JSON API in three calls from Program.cs: <c>builder.Services.AddNotesApi(builder.Configuration)</c>,
/// <c>app.UseNotesApi()</c> (after routing, before the endpoints) and <c>app.MapNotesApi()</c>.
/// Minimal APIs rather than controllers: each endpoint is one static method, and endpoint filters
/// (<see cref="IndexETagFilter"/>) and per-endpoint OpenAPI transformers attach to them directly.
/// </summary>
public static class NotesApiExtensions
{
    public static IServiceCollection AddNotesApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddSingleton<ApiResultCache>();
        // The suggester caches per-reader tables: one for the app (TryAdd, in case the site registers it too).
        services.TryAddSingleton<Suggester>();
        services.AddProblemDetails();
        // Minimal APIs and the OpenAPI schemas read these options: make them the shared contract's.
        services.ConfigureHttpJsonOptions(json => NotesJson.Configure(json.SerializerOptions));
        services.AddApiCors();
        services.AddApiRateLimiting(configuration);
        services.AddNotesOpenApi();
        return services;
    }

    /// <summary>Problem+json errors under /api, CORS and the rate limiter. Call after UseRouting (if called) and before the endpoints.</summary>
    public static IApplicationBuilder UseNotesApi(this IApplicationBuilder app)
    {
        app.UseApiErrorHandling();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapNotesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api")
            .RequireCors(ApiCors.Policy)
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .WithTags(ApiDocumentTransformer.Tag);

        api.MapGet("/search", SearchEndpoint.Handle)
            .WithName("search")
            .Cached()
            .Produces<SearchResults>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .DescribeSearch();

        // Catch-all: a slug may keep its folders (news/meetup).
        api.MapGet("/notes/{**slug:minlength(1)}", NoteEndpoint.Handle)
            .WithName("note")
            .Cached()
            .Produces<NotePage>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .DescribeNote();

        api.MapGet("/suggest", SuggestEndpoint.Handle)
            .WithName("suggest")
            .Cached()
            .Produces<SuggestResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .DescribeSuggest();

        api.MapGet("/topics", TopicsEndpoint.Handle)
            .WithName("topics")
            .Cached()
            .Produces<TopicsResponse>(StatusCodes.Status200OK)
            .DescribeTopics();

        api.MapGet("/topics/{key}", TopicTimelineEndpoint.Handle)
            .WithName("topic")
            .Cached()
            .Produces<TopicTimeline>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .DescribeTopicTimeline();

        // No index ETag: without a date the answer also changes at midnight, which the index version does not know.
        api.MapGet("/on-this-day", OnThisDayEndpoint.Handle)
            .WithName("onThisDay")
            .Produces<OnThisDay>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DescribeOnThisDay();

        api.MapGet("/stats", StatsEndpoint.Handle)
            .WithName("stats")
            .Cached()
            .Produces<IndexStatistics>(StatusCodes.Status200OK)
            .DescribeStats();

        // The reference page at /api itself is a page of the site: ApiReferenceController.

        endpoints.MapOpenApi()
            .RequireCors(ApiCors.Policy)
            .RequireRateLimiting(ApiRateLimiting.Policy);
        return endpoints;
    }

    /// <summary>What every data endpoint shares: ETag/304, and the 429, 500 and 503 it may answer.</summary>
    private static RouteHandlerBuilder Cached(this RouteHandlerBuilder endpoint) => endpoint
        .WithIndexETag()
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status500InternalServerError)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
