using System.Text;

namespace NotesSearch.Web.Api.Caching;

/// <summary>
/// A request in normal form: the path, then the query parameters sorted by (lower-case) name, each parameter's
/// values in the order given. <c>?b=2&amp;A=1</c> and <c>?a=1&amp;b=2</c> are one request; ASP.NET Core reads
/// query names case-insensitively, so the key does too.
/// </summary>
public static class RequestKey
{
    public static string Of(HttpRequest request)
    {
        var key = new StringBuilder(request.Path.Value ?? "/");
        var names = request.Query.Keys.Select(name => name.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var separator = '?';
        foreach (var name in names)
        {
            foreach (var value in request.Query[name])
            {
                // Escaped, so a value holding '&' or '=' cannot pose as another parameter.
                key.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? ""));
                separator = '&';
            }
        }
        return key.ToString();
    }
}
