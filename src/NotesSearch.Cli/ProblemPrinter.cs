using NotesSearch.Core.Notes;

namespace NotesSearch.Cli;

/// <summary>Prints note problems as <c>path:line: message</c>, with paths as the user can open them from here.</summary>
internal static class ProblemPrinter
{
    public static void Print(IEnumerable<NoteProblem> problems, string contentFolder, TextWriter error)
    {
        foreach (var problem in problems)
        {
            var path = Path.Combine(contentFolder, problem.Path).Replace('\\', '/');
            error.WriteLine(problem with { Path = path });
        }
    }
}
