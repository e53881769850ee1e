using static NotesSearch.Core.Tests.Searching.TestIndex;

namespace NotesSearch.Core.Tests.Searching;

public class TechnicalTokenTests
{
    private static NotesSearch.Core.Searching.NoteSearcher Index() => Build(
        Note("h100", "Memory bound", "Why your H100 deployment is memory-bound."),
        Note("h200", "Next chip", "The H200 has more memory."),
        Note("deepseek", "Profiles", "Open an Nsight profile on a DeepSeek-R1 decode workload."),
        Note("roce", "Fabrics", "AWS runs 800 Gbps Ethernet with RoCEv2."),
        Note("p99", "Tails", "8.47x P99 TTFT."),
        Note("3dgs", "Splats", "A 3DGS-output world model."),
        Note("cudnn", "Kernels", "7.72x over cuDNN."),
        Note("tpu", "Topology", "TPU 8i replaces the 3D torus."),
        Note("bullet", "Partitions", "1.26x throughput gain."));

    [Theory]
    [InlineData("H100", "h100")]
    [InlineData("h100", "h100")]
    [InlineData("DeepSeek-R1", "deepseek")]
    [InlineData("deepseek-r1", "deepseek")]
    [InlineData("deepseek r1", "deepseek")]
    [InlineData("\"DeepSeek-R1\"", "deepseek")]
    [InlineData("RoCEv2", "roce")]
    [InlineData("rocev2", "roce")]
    [InlineData("roce", "roce")]
    [InlineData("P99", "p99")]
    [InlineData("p99", "p99")]
    [InlineData("3DGS", "3dgs")]
    [InlineData("3dgs", "3dgs")]
    [InlineData("cuDNN", "cudnn")]
    [InlineData("cudnn", "cudnn")]
    [InlineData("TPU 8i", "tpu")]
    [InlineData("tpu 8i", "tpu")]
    [InlineData("1.26x", "bullet")]
    public void TechnicalTokensAreFoundAsPeopleTypeThem(string query, string slug)
    {
        using var searcher = Index();

        Assert.Equal([slug], searcher.Search(query).Slugs());
    }

    [Fact]
    public void ModelNumbersAreNotStemmedOrConfused()
    {
        using var searcher = Index();

        Assert.Equal(["h200"], searcher.Search("H200").Slugs());
    }
}
