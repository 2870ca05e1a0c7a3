namespace CorridorSim.Browser.Tests.Given;

/// <summary>The browser tests share one set of written folders and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFolders>, ICollectionFixture<Browser>
{
    public const string Name = "report pages";
}
