using System.CommandLine;

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
}
