using System.Globalization;

namespace NotesSearch.Benchmarks;

/// <summary>A command line's <c>--name value</c> pairs (and bare <c>--flag</c>s). Immutable.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public Options(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unexpected argument '{list[i]}'");
            var name = list[i][2..];
            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name] = hasValue ? list[++i] : "true";
        }
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public string Required(string name) => Get(name) ?? throw new UsageException($"--{name} is required");

    public bool Flag(string name) => Get(name) is "true" or "1" or "yes";

    public int GetInt(string name, int fallback) => Get(name) is { } v
        ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"--{name}: not a number: {v}")
        : fallback;

    public long GetLong(string name, long fallback) => Get(name) is { } v
        ? long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"--{name}: not a number: {v}")
        : fallback;
}

/// <summary>A command line that cannot be run: the message says why.</summary>
public sealed class UsageException(string message) : Exception(message);
