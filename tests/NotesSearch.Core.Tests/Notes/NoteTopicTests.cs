using NotesSearch.Core.Notes;

namespace NotesSearch.Core.Tests.Notes;

public class NoteTopicTests
{
    private static IReadOnlyList<Topic> TopicsOf(string frontMatter) =>
        TestNotes.Note($"---\ntitle: T\ndate: 2026-05-25\n{frontMatter}\n---\nBody.\n").Topics;

    [Fact]
    public void TopicsAreReadFromAList() =>
        Assert.Equal([new Topic("networking", "networking"), new Topic("rdma", "RDMA")], TopicsOf("topics:\n  - networking\n  - RDMA"));

    [Fact]
    public void TopicsAreReadFromAFlowList() =>
        Assert.Equal([new Topic("networking", "networking"), new Topic("rdma", "RDMA")], TopicsOf("topics: [networking, RDMA]"));

    [Fact]
    public void TopicsAreReadFromACommaSeparatedString() =>
        Assert.Equal([new Topic("kv-cache", "KV cache"), new Topic("inference", "inference")], TopicsOf("topics: KV cache, inference"));

    [Fact]
    public void TagsIsAnAliasOfTopics() =>
        Assert.Equal([new Topic("go", "go")], TopicsOf("tags: [go]"));

    [Fact]
    public void CategoriesIsAnAliasOfTopics() =>
        Assert.Equal([new Topic("gpu", "GPU")], TopicsOf("categories: GPU"));

    [Fact]
    public void TopicsTagsAndCategoriesAreMergedInThatOrderWithoutDuplicates() =>
        Assert.Equal(
            [new Topic("world-models", "World Models"), new Topic("gpu", "gpu"), new Topic("video", "video")],
            TopicsOf("categories: [video, GPU]\ntags: [gpu, world_models]\ntopics: [World Models]"));

    [Fact]
    public void TopicKeysAreNormalisedAndTheFirstLabelIsKept() =>
        Assert.Equal([new Topic("world-models", "World Models")], TopicsOf("topics: [World Models, world-models, World_Models]"));

    [Fact]
    public void LabelsThatDifferOnlyInSymbolsGetDistinctKeys() =>
        Assert.Equal(
            [new Topic("c-plus-plus", "C++"), new Topic("c-sharp", "C#"), new Topic("c", "C"), new Topic("dot-net", ".NET"), new Topic("r-and-d", "R&D")],
            TopicsOf("topics: [C++, C#, C, .NET, R&D]"));

    [Fact]
    public void ALabelOfSymbolsOnlyGetsAShortStableHashedKey()
    {
        var rocket = Topic.KeyOf("🚀");

        Assert.Equal((true, 10, rocket, false), (rocket.StartsWith(Topic.HashedKeyPrefix, StringComparison.Ordinal), rocket.Length, Topic.KeyOf(" 🚀 "), rocket == Topic.KeyOf("🛸")));
    }

    [Theory]
    [InlineData("C++")]
    [InlineData("World Models")]
    [InlineData("🚀")]
    [InlineData("Node.js")]
    public void AKeyIsItsOwnKey(string label) =>
        Assert.Equal(Topic.KeyOf(label), Topic.KeyOf(Topic.KeyOf(label)));

    [Fact]
    public void WithoutTopicsTheListIsEmpty() =>
        Assert.Empty(TopicsOf("by: [Someone]"));
}
