using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Tests.Vocabulary;

public class FolderSafeWordTests
{
    [Theory]
    [InlineData("china_europe_containers")]
    [InlineData("aktau-berth")]
    [InlineData("2030")]
    public void Is_LowerCaseLettersDigitsUnderscoresAndDashes_IsFolderSafe(string name) => Assert.True(FolderSafeWord.Is(name));

    [Theory]
    [InlineData("")]
    [InlineData("Bulk")]
    [InlineData("two words")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("-x")]
    [InlineData("_x")]
    [InlineData("grüne")]
    public void Is_AnythingElse_IsNotFolderSafe(string name) => Assert.False(FolderSafeWord.Is(name));

    [Fact]
    public void Is_LongerThanTheLimit_IsNotFolderSafe() => Assert.False(FolderSafeWord.Is(new string('a', FolderSafeWord.MaxLength + 1)));

    [Theory]
    [InlineData("kz_exports_west", "kz_exports_west")]
    [InlineData("Grain West/2024", "grain_west_2024")]
    [InlineData("__", "flow")]
    public void From_AnyName_GivesAFolderSafeWord(string name, string word)
    {
        Assert.Equal(word, FolderSafeWord.From(name));
        Assert.True(FolderSafeWord.Is(FolderSafeWord.From(name)));
    }
}
