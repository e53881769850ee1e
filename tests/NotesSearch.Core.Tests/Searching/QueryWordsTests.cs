using NotesSearch.Core.Searching;

namespace NotesSearch.Core.Tests.Searching;

public class QueryWordsTests
{
    [Theory]
    [InlineData("kv cache", new[] { "kv", "cache" })]
    [InlineData("title:rdma AND \"lossless fabric\"", new[] { "rdma", "lossless", "fabric" })]
    [InlineData("isola* OR kubrnetes~ NOT -gpu +tpu", new[] { "gpu", "tpu" })]
    [InlineData("don't (infiniband)", new[] { "don't", "infiniband" })]
    [InlineData("DeepSeek-R1 after:2026-04", new[] { "DeepSeek", "R1", "2026", "04" })]
    [InlineData("", new string[0])]
    public void PlainWordsLeaveOutOperatorsFieldNamesAndWildcards(string query, string[] expected)
    {
        Assert.Equal(expected, QueryWords.PlainWords(query));
    }
}
