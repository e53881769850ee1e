using NotesSearch.Core.Searching;
using NotesSearch.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<NotesOptions>(builder.Configuration.GetSection(NotesOptions.Section));
builder.Services.AddSingleton<NotesIndexHost>();
builder.Services.AddSingleton(services => services.GetRequiredService<NotesIndexHost>().Searcher);
builder.Services.AddControllersWithViews()
    .AddJsonOptions(json => NotesJson.Configure(json.JsonSerializerOptions));

var app = builder.Build();

// Open (and, if needed, build) the index before the first request, not during it.
app.Services.GetRequiredService<NotesIndexHost>();

app.UseStaticFiles();
app.MapGet("/healthz", (NoteSearcher searcher) => Results.Text($"ok {searcher.Statistics().Notes} notes"));
app.MapControllers();
app.MapDefaultControllerRoute();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
