using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class SiteInfoTests
{
    [Fact]
    public void SiteInfoIsReadFromSiteYml()
    {
        using var content = new TempContent().Add("site.yml", "title: Field Notes\nintro: \"i wrote these.\"\n");

        Assert.Equal(new SiteInfo("Field Notes", "i wrote these."), SiteInfo.Load(content.Root));
    }

    [Fact]
    public void WithoutSiteYmlTheDefaultsApply()
    {
        using var content = new TempContent();

        Assert.Equal(new SiteInfo("Notes", ""), SiteInfo.Load(content.Root));
    }

    [Fact]
    public void BadSiteYmlGivesTheDefaultsAndSaysWhy()
    {
        using var content = new TempContent().Add("site.yml", "title: Notes\n  intro: [\n");

        var site = SiteInfo.Load(content.Root);

        Assert.Equal(("Notes", ""), (site.Title, site.Intro));
        Assert.StartsWith("site.yml:2: site.yml does not parse:", site.Problem);
    }
}
