namespace NotesSearch.Web.Api.Caching;

public static class IndexETagExtensions
{
    /// <summary>Adds <see cref="IndexETag"/> caching (ETag, 304, Cache-Control) to a minimal-API endpoint or group.</summary>
    public static TBuilder WithIndexETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, IndexETagFilter>();
}
