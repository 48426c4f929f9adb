using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Tool.Inputs;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Inputs;

/// <summary>A project's pages and settings, as MSBuild evaluates the project: here, the repository's own eBET library.</summary>
public sealed class ProjectInputsTests
{
    [Fact]
    public async Task The_eBET_library_gives_its_page_with_its_three_enums_and_its_side_files()
    {
        var root = typeof(ProjectInputsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

        var inputs = await ProjectInputs.ReadAsync(Path.Combine(root, "src", "Ebet.StatusCodes", "Ebet.StatusCodes.csproj"), CancellationToken.None);

        var page = inputs.Files.Single(file => file.IsPage);
        Assert.Equal(Path.Combine(root, "spec", "ebet-status-codes.md"), page.Document.Path);
        Assert.Equal("EbetStatusCode, EbetChannelResponseCode, EbetClientErrorCode", page.Metadata[CatalogMetadata.Enum]);
        Assert.Equal("zh-Hans", page.Metadata[CatalogMetadata.Culture]);
        Assert.Equal(5, inputs.Files.Count);
        Assert.Equal("Ebet.StatusCodes", inputs.Properties["RootNamespace"]);
    }

    [Fact]
    public async Task A_missing_project_is_named()
    {
        var error = await Assert.ThrowsAsync<ToolException>(() => ProjectInputs.ReadAsync("/no/such/project.csproj", CancellationToken.None));

        Assert.Equal("/no/such/project.csproj does not exist.", error.Message);
    }
}
