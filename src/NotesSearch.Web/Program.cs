using Microsoft.Extensions.DependencyInjection.Extensions;
using NotesSearch.Core.Indexing;
using NotesSearch.Core.Searching;
using NotesSearch.Web.Api;
using NotesSearch.Web.Api.Protection;
using NotesSearch.Web.Catalog;
using NotesSearch.Web.Hosting;
using NotesSearch.Web.Security;

// Slow shared loads (the highlighter's rules) run on the other core while the host starts.
_ = Task.Run(NoteSearcher.Preload);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PublishedContentRoot() });
// The build output has no wwwroot of its own: its static web assets manifest maps the project's. A no-op once published.
builder.WebHost.UseStaticWebAssets();

// No "Server: Kestrel" header: it tells a scanner what to try and a reader nothing.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.Configure<NotesOptions>(builder.Configuration.GetSection(NotesOptions.Section));
builder.Services.Configure<SecurityHeadersOptions>(builder.Configuration.GetSection(SecurityHeadersOptions.Section));
builder.Services.AddSingleton<NotesIndexHost>();
builder.Services.AddSingleton(services => services.GetRequiredService<NotesIndexHost>().Searcher);
builder.Services.AddSingleton<NoteCatalog>();
builder.Services.AddSingleton<MissedSearchLog>();
// "Today" for on-this-day: the clock (replaceable in tests) in the site's time zone (Notes:TimeZone).
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton(services => SiteToday.From(services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<LiveNoteUpdater>();
builder.Services.AddHostedService<ContentWatcher>();
builder.Services.AddHostedService<IndexFollower>();
builder.Services.AddControllersWithViews()
    .AddJsonOptions(json => NotesJson.Configure(json.JsonSerializerOptions));
builder.Services.AddNotesApi(builder.Configuration);
builder.Services.AddReverseProxySupport();

var app = builder.Build();

// Open (and, if needed, build) the index before the first request, not during it.
try
{
    app.Services.GetRequiredService<NotesIndexHost>();
}
catch (Exception e) when (e is IndexLockedException or NotesConfigurationException)
{
    // One writer per index folder: the site that starts second says who has it and leaves it alone. A setting that
    // cannot be used (Notes:TimeZone) stops it the same way, before it answers a search wrongly.
    app.Logger.LogCritical("Not starting: {Reason}", e.Message);
    await app.DisposeAsync();
    return 1;
}

// First: the rate limiters and the logs see the client behind a proxy on this host, not the proxy.
app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<HeadRequests>();
// Friendly HTML error pages for the site; /api answers its errors as problem+json on its own.
app.UseWhen(context => !IsApi(context), site =>
{
    site.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/error",
        SuppressDiagnosticsCallback = ApiErrorHandling.IsIndexUnavailable,
    });
    site.UseStatusCodePagesWithReExecute("/status/{0}");
});
app.UseStaticFiles();
// Routing after the error handlers, so a re-executed /error or /status/404 is routed again.
app.UseRouting();
app.UseNotesApi();
app.MapGet("/healthz", (NotesIndexHost host) => Health(host));
app.MapNotesApi();
app.MapControllers();

await app.RunAsync();
return 0;

// 200 "ok N notes" while searches can be answered; 503 "unhealthy: why" otherwise (a load balancer takes it out).
static IResult Health(NotesIndexHost host)
{
    try
    {
        if (host.Problem() is null)
            return Results.Text($"ok {host.Searcher.Statistics().Notes} notes");
    }
    catch (IndexUnavailableException)
    {
        // Counting ran into the damage itself: Problem() now knows it.
    }
    return Results.Text($"unhealthy: {host.Problem() ?? "the index cannot be read"}", statusCode: StatusCodes.Status503ServiceUnavailable);
}

// A published site started from another folder (a service manager's, /tmp) still serves its CSS, script and
// appsettings.json: they sit beside the app, not in the working directory ASP.NET Core takes as content root.
static string? PublishedContentRoot() =>
    !Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")) && Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"))
        ? AppContext.BaseDirectory
        : null;

static bool IsApi(HttpContext context) =>
    context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
