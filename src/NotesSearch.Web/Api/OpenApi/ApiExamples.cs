using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using NotesSearch.Core.Notes;
using NotesSearch.Core.Searching;

namespace NotesSearch.Web.Api.OpenApi;

/// <summary>Example bodies for the OpenAPI document, built from the contract's own records so they cannot drift from it.</summary>
public static class ApiExamples
{
    private static readonly Topic KvCache = new("kv-cache", "KV cache");
    private static readonly Topic Inference = new("inference", "Inference");

    public static JsonNode Search => Json(new SearchResults(
        "kv cache in march 2026", 4, 1, 10, 1.3,
        [
            new SearchHit("turboquant-kv-cache", "TurboQuant and the KV cache", new DateOnly(2026, 3, 22), [KvCache, Inference],
                "Quantising the KV cache to 3 bits.", "… a 3-bit <mark>KV</mark> <mark>cache</mark> …", 7.1f, "/notes/turboquant-kv-cache")
            {
                TitleHtml = "TurboQuant and the <mark>KV</mark> <mark>cache</mark>",
                Section = new Section("research", "research"),
                Anchor = "p-3fa2c1",
                MatchUrl = "/notes/turboquant-kv-cache?q=kv%20cache#p-3fa2c1",
            },
        ],
        new SearchFacets(
            [new FacetValue("kv-cache", "KV cache", 4, false)],
            [new FacetValue("2026", "2026", 4, false)],
            [new FacetValue("2026-03", "March 2026", 1, false)])
        {
            Sections = [new FacetValue("research", "research", 3, false), new FacetValue("news", "news", 1, false)],
        },
        null, false, "kv AND cache (synonym: key-value cache), dated 2026-03-01 to 2026-03-31", [])
    {
        Dates = new QueryDates(["in march 2026"], new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "kv cache"),
    });

    public static JsonNode Note => Json(new NotePage(
        "turboquant-kv-cache", "TurboQuant and the KV cache", new DateOnly(2026, 3, 22), [KvCache, Inference],
        "Quantising the KV cache to 3 bits.", "<p>Quantising the <strong>KV cache</strong> …</p>", "Quantising the KV cache …",
        "/notes/turboquant-kv-cache",
        new NoteLink("context-engineering-agents", "Context engineering for agents", new DateOnly(2026, 3, 8), "/notes/context-engineering-agents"),
        new NoteLink("self-hosted-inference-idle-cost", "Self-hosted inference: the idle cost", new DateOnly(2026, 3, 28), "/notes/self-hosted-inference-idle-cost"),
        [
            new RelatedNote("agent-tool-call-kv-eviction", "Agent tool calls and KV eviction", new DateOnly(2026, 4, 15),
                "/notes/agent-tool-call-kv-eviction", [KvCache], ["eviction", "cache"], "shares topics: KV cache; terms: eviction, cache"),
        ])
    {
        Updated = new DateOnly(2026, 4, 2),
    });

    public static JsonNode Suggest => Json(new SuggestResponse("kv ca",
    [
        new Suggestion("KV cache", SuggestionKind.Topic, 4, "kv-cache"),
        new Suggestion("kv cache", SuggestionKind.Word, 3),
    ]));

    public static JsonNode Topics => Json(new TopicsResponse(2,
    [
        new TopicCount("inference", "Inference", 9, "/api/search?topic=inference"),
        new TopicCount("kv-cache", "KV cache", 4, "/api/search?topic=kv-cache"),
    ]));

    public static JsonNode TopicTimeline => Json(new TopicTimeline("kv-cache", "KV cache", 4,
        new NoteLink("cxl-kv-transfer-nic-hop", "nobody is talking about the NIC hop.", new DateOnly(2026, 4, 10), "/notes/cxl-kv-transfer-nic-hop"),
        new NoteLink("agent-tool-call-kv-eviction", "Agent tool calls and KV eviction", new DateOnly(2026, 5, 15), "/notes/agent-tool-call-kv-eviction"),
        [new TopicMonth(2026, 3, 1), new TopicMonth(2026, 4, 2), new TopicMonth(2026, 5, 1)],
        [new CoTopic("inference", "Inference", 3), new CoTopic("networking", "Networking", 1)], 2,
        [
            new NoteLink("agent-tool-call-kv-eviction", "Agent tool calls and KV eviction", new DateOnly(2026, 5, 15), "/notes/agent-tool-call-kv-eviction"),
            new NoteLink("cxl-kv-transfer-nic-hop", "nobody is talking about the NIC hop.", new DateOnly(2026, 4, 10), "/notes/cxl-kv-transfer-nic-hop"),
        ]));

    public static JsonNode OnThisDay => Json(new OnThisDay(new DateOnly(2026, 4, 28), 3, 1,
        [new OnThisDayNote("self-managed-airflow-cost", "stop paying for free software with your Mondays.", new DateOnly(2025, 4, 28), "/notes/self-managed-airflow-cost", 1, 0)], 1));

    public static JsonNode TopicNotFound => Json(new ProblemDetails
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "No such topic.",
        Status = StatusCodes.Status404NotFound,
        Detail = "No note is filed under the topic 'no-such-topic'; GET /api/topics lists every topic.",
        Extensions = { [ApiProblems.ParameterMember] = "key" },
    });

    public static JsonNode Stats => Json(new IndexStatistics(32, 41, new DateOnly(2026, 5, 25), new DateOnly(2025, 4, 28), 7,
        new DateTimeOffset(2026, 5, 25, 9, 30, 0, TimeSpan.Zero), "1", 1_234_567));

    public static JsonNode BadParameter(string parameter, string message) => Json(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { [parameter] = [message] })
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = "One or more parameters are not valid.",
        Status = StatusCodes.Status400BadRequest,
        Detail = message,
        Extensions = { [ApiProblems.ParameterMember] = parameter },
    });

    public static JsonNode NotFound => Json(new ProblemDetails
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "No such note.",
        Status = StatusCodes.Status404NotFound,
        Detail = "There is no note with the slug 'no-such-note'.",
        Extensions = { [ApiProblems.ParameterMember] = "slug" },
    });

    public static JsonNode TooManyRequests => Json(Typed(ApiProblems.TooManyRequests(1), "https://tools.ietf.org/html/rfc6585#section-4"));

    public static JsonNode Unexpected => Json(Typed(ApiProblems.Unexpected(), "https://tools.ietf.org/html/rfc9110#section-15.6.1"));

    public static JsonNode IndexUnavailable => Json(Typed(ApiProblems.IndexUnavailable(), "https://tools.ietf.org/html/rfc9110#section-15.6.4"));

    private static ProblemDetails Typed(ProblemDetails problem, string type)
    {
        problem.Type = type;
        problem.Extensions["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        return problem;
    }

    private static JsonNode Json<T>(T value) => JsonSerializer.SerializeToNode(value, NotesJson.Options)!;
}
