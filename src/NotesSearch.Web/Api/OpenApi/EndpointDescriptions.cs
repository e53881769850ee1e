using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api.OpenApi;

/// <summary>
/// Summary, description, parameters and 200 example of each endpoint. The handlers read their query strings as
/// text (so a bad value is our 400, never a binding failure), so the parameters are declared here, with the types
/// and ranges the API actually accepts.
/// </summary>
public static class EndpointDescriptions
{
    public static RouteHandlerBuilder DescribeSearch(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("Search the notes")
        .WithDescription("""
            Ranked full-text search with section, topic and date facets: the same answer the site renders and `notes search --json`
            prints. Facet counts are over all hits, each dimension counted without its own selection. `interpreted` says
            how the query was read; `relaxed` is true when no note held every word and any word was accepted instead.
            `dates` is the date phrases the query held (`in april 2026`, `since march`, `last month`: the README lists them),
            the inclusive first and last day they mean (either may be null: open-ended), a `label`, and `queryWithout`, the
            query with them taken out; null when there were none. They filter like from/to, and with from/to both apply.
            When no note matched the words as typed and a spelling correction did, the hits are for the correction
            (`didYouMean`) and `correctedFrom` holds the words as typed (search them with `exact=true`).
            A cached answer keeps the `tookMs` of the search that produced it.
            """)
        .Document(() => ApiExamples.Search,
            Query("q", "The query: words, \"phrases\", AND OR NOT, -word, +word, prefix*, word~, title: topic: summary:, after:2026-04, before:2026-05-10, date phrases (in april 2026, since march, last month, 2025: see `dates`). Text that does not parse is searched as plain words, with a warning. Empty lists every note.",
                new OpenApiSchema { Type = JsonSchemaType.String }, "kv cache"),
            Query("topic", "A topic key (labels are normalised to keys). Repeat to select several; they are ORed.",
                new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }, new JsonArray("kv-cache")),
            Query("section", $"A section key: the top-level folder a note is filed under, as in facets.sections (labels are normalised to keys). Repeat to select several (at most {SearchQueryBinder.MaxSections}); they are ORed, and ANDed with the other filters. A value with no letter or digit is a 400.",
                new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String }, MaxItems = SearchQueryBinder.MaxSections }, new JsonArray("news")),
            Query("year", "Only notes from this year.", Integer(1, 9999), 2026),
            Query("month", "Only notes from this month (1–12) of year; needs year.", Integer(1, 12), 3),
            Query("from", "Only notes on or after this day (YYYY-MM-DD).", Date(), "2026-03-01"),
            Query("to", "Only notes on or before this day (YYYY-MM-DD); not before from.", Date(), "2026-05-31"),
            Query("sort", "Result order. Default: relevance with words, newest without.",
                new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("relevance"), JsonValue.Create("newest"), JsonValue.Create("oldest")] }, "newest"),
            Query("page", "1-based page number. Past the deepest page served the answer is empty, with a warning.", Integer(1, null, 1), 1),
            Query("pageSize", "Hits per page.", Integer(1, 100, 10), 10),
            Query("prefixLast", "Search as you type: the last word, unless the query ends in a space, also matches the words it starts (`disag` finds \"disaggregation\"), ranked below notes holding the whole word; earlier words stay exact. `interpreted` says so. Default false: a submitted search is exact unless a word ends in `*`. A value other than true or false is a 400.",
                new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) }, true),
            Query("exact", "Search the words exactly as typed: when nothing matches them, the hits are not replaced by those of a spelling correction (still offered in `didYouMean`), and `correctedFrom` stays null. Default false. A value other than true or false is a 400.",
                new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) }, true));

    public static RouteHandlerBuilder DescribeNote(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("Get a note")
        .WithDescription("A note's metadata, its sanitised HTML, its plain text, the notes before and after it by date, and related notes with why they are related.")
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == "slug"))
            {
                parameter.Description = "The note's slug, as in its URL /notes/{slug}; a slug may hold '/' (news/meetup), unescaped.";
                parameter.Example = JsonValue.Create("turboquant-kv-cache");
            }
            Example200(operation, ApiExamples.Note);
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeSuggest(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("Complete what is being typed")
        .WithDescription("Completions for a search box: topics whose label matches what is typed (use topicKey as topic=), then words of the notes (titles weigh most, then summaries and bodies) completing the last word typed (text is the whole input, completed). A completion of several words is offered only when some note holds them all; count is how many notes it finds. After topic: only existing topics are offered (topic:net gives topic:networking). Nothing when the input ends in a space, a quote or an operator.")
        .Document(() => ApiExamples.Suggest,
            Query("q", "What has been typed so far. Empty, or ending in a space, gives no completions.", new OpenApiSchema { Type = JsonSchemaType.String }, "kv ca"),
            Query("max", "At most this many completions.", Integer(1, 20, 8), 8));

    public static RouteHandlerBuilder DescribeTopics(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("List every topic")
        .WithDescription("Every topic with the number of notes filed under it, most notes first.")
        .Document(() => ApiExamples.Topics);

    public static RouteHandlerBuilder DescribeTopicTimeline(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("A topic over time")
        .WithDescription($"""
            A topic's timeline: its notes per month (only months with notes, oldest first), its first and latest note, the
            topics most often filed with it (at most {TopicTimelines.MaxCoTopics}, with how many of its notes carry each;
            coTopicTotal counts them all) and its notes newest first (at most {TopicTimelines.MaxNotes}; the search
            topic=key lists every one). 404 when no note is filed under the topic.
            """)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == "key"))
            {
                parameter.Description = "The topic's key, as in /api/topics (a label is normalised to its key: KV%20cache is kv-cache).";
                parameter.Example = JsonValue.Create("kv-cache");
            }
            Example200(operation, ApiExamples.TopicTimeline);
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeOnThisDay(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("Notes on this day in earlier years")
        .WithDescription($"""
            The notes written on this calendar day, or up to {OnThisDayFinder.WindowDays} days either side of it, in the years
            before it: by year (most recent first), then nearest the day first; at most {OnThisDayFinder.MaxNotes}, total
            counts them all. 29 February is the 28th in other years. No ETag: without date the answer changes at midnight.
            """)
        .Document(() => ApiExamples.OnThisDay,
            Query("date", "The day, YYYY-MM-DD. Default: today in the site's time zone (Notes:TimeZone, UTC by default). A day that does not exist (2026-02-30) is a 400.",
                Date(), "2026-04-28"));

    public static RouteHandlerBuilder DescribeStats(this RouteHandlerBuilder endpoint) => endpoint
        .WithSummary("Describe the index")
        .WithDescription("How many notes and topics are indexed, the newest and oldest note dates, the index generation (it changes on every commit), when it was last indexed, its format version and its size on disk.")
        .Document(() => ApiExamples.Stats);

    /// <summary>The example is built when the document is (not at start-up: serialising them cost ~50 ms there).</summary>
    private static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint, Func<JsonNode> example, params OpenApiParameter[] parameters) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
                operation.Parameters.Add(parameter);
            Example200(operation, example());
            return Task.CompletedTask;
        });

    private static void Example200(OpenApiOperation operation, JsonNode example)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true)
        {
            foreach (var media in ok.Content?.Values ?? [])
                media.Example = example.DeepClone();
        }
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema, JsonNode example) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Required = false,
        Schema = schema,
        Example = example,
        Style = ParameterStyle.Form,
        Explode = true,
    };

    private static OpenApiSchema Integer(int minimum, int? maximum, int? defaultValue = null) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = defaultValue is { } value ? JsonValue.Create(value) : null,
    };

    private static OpenApiSchema Date() => new() { Type = JsonSchemaType.String, Format = "date" };
}
