namespace NotesSearch.Web.Api;

/// <summary>Bad parameters in the order found: the problem's <c>errors</c> dictionary and its first <c>parameter</c>.</summary>
public sealed class ApiErrors
{
    private readonly List<string> order = [];
    private readonly Dictionary<string, List<string>> messages = new(StringComparer.Ordinal);

    public int Count => order.Count;

    /// <summary>The first bad parameter: the problem's <c>parameter</c> member.</summary>
    public string? First => order.FirstOrDefault();

    public bool Contains(string parameter) => messages.ContainsKey(parameter);

    public void Add(string parameter, string message)
    {
        if (!messages.TryGetValue(parameter, out var list))
        {
            messages[parameter] = list = [];
            order.Add(parameter);
        }
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() =>
        order.ToDictionary(p => p, p => messages[p].ToArray(), StringComparer.Ordinal);
}
