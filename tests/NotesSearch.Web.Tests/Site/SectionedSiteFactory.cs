namespace NotesSearch.Web.Tests.Site;

/// <summary>
/// The site over the repository's (flat) notes plus four notes on "zanzibar": two in <c>news/</c> (one with the
/// folder kept in its slug, <c>news/meetup</c>), one in <c>release/</c>, and one directly in the content folder
/// whose file name (<c>meetup.md</c>) is also used in <c>news/</c>.
/// </summary>
public sealed class SectionedSiteFactory : NotesSiteFactory
{
    public SectionedSiteFactory()
    {
        Write("news/meetup.md", "Berlin meetup", "2026-06-01", "slug: news/meetup\ntopics: [Community]\n");
        Write("news/launch.md", "Launch day", "2026-06-03", "topics: [Community]\n");
        Write("release/v1.md", "Version one", "2026-06-04", "");
        Write("meetup.md", "Meetup checklist", "2026-06-02", "");
    }

    private void Write(string path, string title, string date, string extra)
    {
        var file = Path.Combine(ContentPath, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"---\ntitle: {title}\ndate: {date}\n{extra}---\n{title}: notes on zanzibar.\n");
    }
}
