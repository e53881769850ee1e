namespace NotesSearch.Core.Notes;

/// <summary>
/// The keys of a note's front matter, case-insensitive; when a key is written twice the first
/// one counts. Only the top level is kept: nested tables and mappings are not note fields.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, FrontMatterValue> values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No front matter at all (a file that starts straight with Markdown).</summary>
    public static FrontMatter Empty { get; } = new();

    public int Count => values.Count;

    /// <summary>True for TOML front matter (between <c>+++</c> lines), so problems show TOML syntax.</summary>
    public bool IsToml { get; init; }

    /// <summary>Every key and value, in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, FrontMatterValue>> Entries => values;

    public bool Contains(string key) => values.ContainsKey(key);

    public FrontMatterValue? this[string key] => values.GetValueOrDefault(key);

    /// <summary>Adds a key unless it is already there (the first one written wins).</summary>
    public void Add(string key, FrontMatterValue value) => values.TryAdd(key, value);
}
