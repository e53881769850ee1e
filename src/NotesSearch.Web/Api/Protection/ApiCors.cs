using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace NotesSearch.Web.Api.Protection;

/// <summary>
/// CORS for the API: GET (and its preflight) from the configured origins, any origin by default. No credentials:
/// the API has no cookies or auth, and "*" with credentials is not allowed anyway. ETag and Retry-After are exposed
/// so a browser client can revalidate and back off.
/// </summary>
public static class ApiCors
{
    public const string Policy = "notes-api";

    public static IServiceCollection AddApiCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) =>
            cors.AddPolicy(Policy, policy =>
            {
                var origins = api.Value.CorsOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
                if (origins.Length == 0 || origins.Contains("*"))
                    policy.AllowAnyOrigin();
                else
                    policy.WithOrigins(origins);
                policy.WithMethods(HttpMethods.Get)
                    .WithHeaders("If-None-Match", "Accept", "Accept-Language", "Content-Language")
                    .WithExposedHeaders("ETag", "Retry-After", "Cache-Control")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }));
        return services;
    }
}
