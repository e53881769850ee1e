namespace NotesSearch.Core.Searching;

/// <summary>What is in the index: for <c>notes stats</c> and <c>GET /api/stats</c>.</summary>
public sealed record IndexStatistics(
    int Notes,
    int Topics,
    DateOnly? Newest,
    DateOnly? Oldest,
    long Generation,
    DateTimeOffset? LastIndexed,
    string? FormatVersion,
    long SizeBytes);
