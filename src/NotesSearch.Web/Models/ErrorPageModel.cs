namespace NotesSearch.Web.Models;

/// <summary>A friendly error page: what happened, in words, and where to go instead.</summary>
public sealed record ErrorPageModel(int StatusCode, string Heading, string Message) : ILayoutModel
{
    public string Title => Heading;

    public static ErrorPageModel For(int statusCode) => statusCode switch
    {
        404 => new(404, "Page not found", "There is no page at this address. The note may have moved or been removed."),
        400 => new(400, "Bad request", "Something in this address could not be understood."),
        503 => new(503, "Search is unavailable", "The notes' index cannot be read right now; it is being rebuilt. Please try again in a moment."),
        429 => new(429, "Too many requests", "This address asked for more pages than the site serves at once. Wait a few seconds and try again."),
        >= 500 => new(statusCode, "Something went wrong", "The page could not be shown. Please try again in a moment."),
        _ => new(statusCode, "That did not work", $"The request ended with status {statusCode}."),
    };
}
