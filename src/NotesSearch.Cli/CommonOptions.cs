using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace NotesSearch.Cli;

/// <summary>Options several commands share, with the spec's defaults.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The notes folder.",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "The index folder.",
        DefaultValueFactory = _ => "index",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (the API's response shape)." };

    /// <summary>An optional whole-number option; a bad value is named in words ("--year 'abc' is not a whole number"), never by .NET type.</summary>
    public static Option<int?> OptionalWholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => WholeNumber<int>(result),
    };

    /// <summary>A whole-number option with a default; bad values are named as in <see cref="OptionalWholeNumber"/>.</summary>
    public static Option<T> WholeNumber<T>(string name, string description, T defaultValue) where T : struct, IBinaryInteger<T> => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => WholeNumber<T>(result) ?? defaultValue,
    };

    private static T? WholeNumber<T>(ArgumentResult result) where T : struct, IBinaryInteger<T>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        var name = result.Parent is OptionResult option ? option.Option.Name : "the value";
        result.AddError($"{name} '{text}' is not a whole number.");
        return null;
    }
}
