using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.PackageTests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.PackageTests;

/// <summary>
/// The packages as a user meets them: installed by <c>PackageReference</c> from a feed into fresh
/// projects, built with the SDK's own compiler, and run.
/// </summary>
[Collection(PackedPackagesDefinition.Name)]
public sealed class ConsumerProjectTests
{
    private const string Generator = PackedPackages.GeneratorId;
    private const string Library = PackedPackages.LibraryId;

    /// <summary>The README's line for the generator: a compiler component, private to the project.</summary>
    private const string GeneratorReference = "Version=\"{version}\" PrivateAssets=\"all\"";

    private const string LibraryReference = "Version=\"{version}\"";

    private static readonly Dictionary<string, string> s_consoleApp = new()
    {
        ["OutputType"] = "Exe",
        ["TargetFramework"] = "net10.0",
    };

    private readonly PackedPackages _packages;

    public ConsumerProjectTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public async Task The_library_package_gives_a_console_app_the_eBET_codes_and_nothing_of_the_generator()
    {
        var app = _packages.CreateConsumer("EbetApp")
            .WriteProject(s_consoleApp, new() { [Library] = LibraryReference })
            .Write("Program.cs", """
                using System;
                using System.Globalization;
                using Ebet.StatusCodes;

                var status = (EbetStatusCode)4026;
                Console.WriteLine(status.ToStringFast());
                Console.WriteLine(status.GetMessage(CultureInfo.GetCultureInfo("en")));
                Console.WriteLine(status.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
                Console.WriteLine(status.GetMessage(CultureInfo.GetCultureInfo("zh-TW")));
                Console.WriteLine(status.IsFatal());
                """);

        var build = await app.BuildSuccessfullyAsync();

        Assert.Empty(ConsumerProject.Warnings(build));
        Assert.Equal(
            "InvalidSignature\nInvalid signature.\n签名不对\n簽名不正確\nTrue",
            await app.RunAsync());
        Assert.DoesNotContain(Generator, app.Read("obj/project.assets.json"), StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(app.PathOf($"bin/Debug/net10.0/{Generator}.dll")));
    }

    [Fact]
    public async Task A_page_dropped_into_spec_is_a_catalog_regenerated_on_every_build_with_diagnostics_at_its_lines()
    {
        var app = _packages.CreateConsumer("AcmeApp")
            .WriteProject(s_consoleApp, new() { [Generator] = GeneratorReference })
            .Write("spec/acme-codes.md", AcmePage)
            .Write("spec/acme-codes.overlay.md", AcmeOverlay)
            .Write("Program.cs", """
                using System;
                using AcmeApp;

                Console.WriteLine(AcmeCodesExtensions.Values.Count);
                Console.WriteLine(string.Join(",", AcmeCodesExtensions.Names));
                Console.WriteLine(AcmeCodes.InvalidToken.GetDescription() + " " + AcmeCodes.InvalidToken.IsFatal());
                """);

        // 1. Installed, a page in spec/, nothing configured: the enum is there, named after the file.
        var first = await app.BuildSuccessfullyAsync();
        Assert.Empty(ConsumerProject.Warnings(first));
        Assert.Equal("3\nOk,InvalidToken,TooManyRequests\nInvalid token True", await app.RunAsync());

        // 2. The vendor adds a code: only the page changes, and the next build has the member.
        app.Write("spec/acme-codes.md", AcmePage + "| 1003 | Under maintenance |\n");
        var second = await app.BuildSuccessfullyAsync("--no-restore");
        Assert.Equal("4\nOk,InvalidToken,TooManyRequests,Code1003\nInvalid token True", await app.RunAsync());
        // The new code has no overlay row yet: a warning at its row says so.
        var newRowLine = LineOf(app.Read("spec/acme-codes.md"), "| 1003 |");
        Assert.Contains(ConsumerProject.Warnings(second), warning => warning.Contains($"spec/acme-codes.md({newRowLine},3): warning EBSC014", StringComparison.Ordinal));

        // 2b. Severities are set in a global analyzer config: the diagnostics are on a markdown file,
        // which an .editorconfig section does not reach (docs/diagnostics.md, "Changing a severity").
        app.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.EBSC014.severity = none\n");
        app.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.EBSC014.severity = error\n");
        var strict = await app.BuildAsync("--no-restore");
        Assert.False(strict.Succeeded, strict.Describe());
        Assert.Contains($"spec/acme-codes.md({newRowLine},3): error EBSC014", strict.Output, StringComparison.Ordinal);

        // 3. A broken row: the build fails and points at the page's cell.
        var broken = AcmePage.Replace("| 1002 |", "| abc |", StringComparison.Ordinal);
        app.Write("spec/acme-codes.md", broken);
        var third = await app.BuildAsync("--no-restore");
        Assert.False(third.Succeeded, third.Describe());
        var line = LineOf(broken, "| abc |");
        Assert.Contains($"spec/acme-codes.md({line},3): error EBSC004", third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_s_spec_folder_builds_with_warnaserror_and_nothing_configured_and_nothing_of_eBET_in_its_code()
    {
        // Another vendor's project as a new user makes it: the package, the vendor's page in spec/,
        // and the other markdown a spec folder gathers. No overlay, no metadata, no NoWarn.
        var app = _packages.CreateConsumer("Payments.Client")
            .WriteProject(
                new()
                {
                    ["TargetFramework"] = "net10.0",
                    ["TreatWarningsAsErrors"] = "true",
                    ["EmitCompilerGeneratedFiles"] = "true",
                },
                new() { [Generator] = GeneratorReference })
            .Write("spec/payments.md", """
                # Payments API: status codes

                | Code | Description |
                | ---: | --- |
                | 0 | Success |
                | 4001 | Card declined |
                | 5003 | Try again later |

                """)
            .Write("spec/changelog.md", """
                # Changelog

                | Version | Date | Notes |
                | --- | --- | --- |
                | 1.2.0 | 2024-05-01 | Added code 5003 |

                """)
            .Write("spec/api-fields.md", """
                | Field | Type | Description |
                | --- | --- | --- |
                | status | int | The status code |
                | message | string | A text for people |

                """)
            .Write("spec/README.md", "# Vendor pages\n\nPaste each vendor's page here, as published.\n")
            .Write("Decisions.cs", """
                namespace Payments.Client;

                public static class Decisions
                {
                    public static string Describe(int status) => ((Payments)status).GetDescription();
                }

                """);

        var build = await app.BuildSuccessfullyAsync("-warnaserror");

        Assert.Empty(ConsumerProject.Warnings(build));
        var generated = Directory.GetFiles(app.PathOf("obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains("Ebet.StatusCodes.Generator", StringComparison.Ordinal))
            .ToList();
        var source = File.ReadAllText(Assert.Single(generated));
        Assert.EndsWith("Payments.Client.Payments.g.cs", generated[0], StringComparison.Ordinal);
        foreach (var word in new[] { "eBET", "ebet", "recharge", "whitelist", "channel" })
        {
            Assert.DoesNotContain(word, source, StringComparison.Ordinal);
        }

        // Nobody classified the codes: no class enum, no classifier that is always false.
        Assert.DoesNotContain("PaymentsClass", source, StringComparison.Ordinal);
        Assert.DoesNotContain("IsSuccess", source, StringComparison.Ordinal);
        Assert.Contains("Code4001 = 4001", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strict_netstandard2_0_library_in_CSharp_7_3_builds_without_a_single_warning()
    {
        var library = _packages.CreateConsumer("Strict.Library")
            .WriteProject(
                new()
                {
                    ["TargetFramework"] = "netstandard2.0",
                    ["LangVersion"] = "7.3",
                    ["Nullable"] = "disable",
                    ["TreatWarningsAsErrors"] = "true",
                    ["AnalysisLevel"] = "latest-all",
                    ["EnforceCodeStyleInBuild"] = "true",
                    ["GenerateDocumentationFile"] = "true",
                },
                new())
            .Write("spec/vendor-codes.md", AcmePage)
            .Write("spec/vendor-codes.overlay.md", AcmeOverlay)
            .Write("spec/vendor-codes.zh-Hans.md", """
                | Code | Message |
                | ---: | --- |
                | 0 | 成功 |
                | 1001 | 令牌无效 |
                | 1002 | 请求过多 |

                """)
            .Write("Retries.cs", """
                namespace Strict.Library
                {
                    /// <summary>Decides retries from the vendor's status codes.</summary>
                    public static class Retries
                    {
                        /// <summary>Whether a request that got <paramref name="status"/> may be sent again.</summary>
                        /// <param name="status">The status field of the vendor's response.</param>
                        /// <returns>Whether the vendor's page classes the code as retryable.</returns>
                        public static bool ShouldRetry(int status)
                        {
                            return ((VendorCodes)status).IsRetryable();
                        }
                    }
                }

                """);

        // Installed as a user installs it: the SDK writes PrivateAssets="all" for a development dependency.
        await library.AddPackageAsync(Generator);
        Assert.Matches("<PrivateAssets>all</PrivateAssets>|PrivateAssets=\"all\"", library.Read("Strict.Library.csproj"));

        var build = await library.BuildSuccessfullyAsync("--no-incremental", "--no-restore");

        Assert.Empty(ConsumerProject.Warnings(build));
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

        // So the library's own package does not pass the generator on to the library's users.
        var pack = await library.PackAsync("--no-build", "--configuration", "Debug", "--output", library.PathOf("nupkg"));
        Assert.True(pack.Succeeded, pack.Describe());
        var nuspec = PackageFile.ReadNuspec(Directory.GetFiles(library.PathOf("nupkg"), "*.nupkg").Single());
        Assert.Empty(PackageFile.Dependencies(nuspec));
    }

    [Fact]
    public async Task Two_catalogs_in_two_namespaces_live_in_one_compilation_and_an_explicit_item_wins_over_the_convention()
    {
        var app = _packages.CreateConsumer("TwoCatalogs")
            .WriteProject(
                s_consoleApp,
                new() { [Generator] = GeneratorReference },
                """
                  <ItemGroup>
                    <!-- Also a spec/ file: this item replaces the convention's (one item, this metadata). -->
                    <AdditionalFiles Include="spec/beta.md" StatusCodeEnum="BetaStatus" StatusCodeNamespace="Vendors.Beta" />
                  </ItemGroup>
                """)
            .Write("spec/acme-codes.md", AcmePage)
            .Write("spec/acme-codes.overlay.md", AcmeOverlay)
            .Write("spec/beta.md", """
                # Beta Games error codes

                | Error Code | Message |
                | --- | --- |
                | 200 | Success |
                | 500 | Server busy |

                """)
            .Write("spec/beta.overlay.md", """
                ## BetaStatus

                | Code | Member | Class |
                | ---: | --- | --- |
                | 200 | Success | Success |
                | 500 | ServerBusy | Retryable |

                """)
            .Write("Program.cs", """
                using System;
                using System.Linq;
                using TwoCatalogs;
                using Vendors.Beta;

                Console.WriteLine(typeof(AcmeCodes).FullName + " " + AcmeCodes.TooManyRequests.IsRetryable());
                Console.WriteLine(typeof(BetaStatus).FullName + " " + BetaStatus.ServerBusy.GetDescription());
                Console.WriteLine(string.Join(",", typeof(AcmeCodes).Assembly.GetTypes()
                    .Where(type => type.IsEnum).Select(type => type.FullName).OrderBy(name => name, StringComparer.Ordinal)));
                """);

        var build = await app.BuildSuccessfullyAsync();

        Assert.Empty(ConsumerProject.Warnings(build));
        Assert.Equal(
            "TwoCatalogs.AcmeCodes True\n"
            + "Vendors.Beta.BetaStatus Server busy\n"
            + "TwoCatalogs.AcmeCodes,TwoCatalogs.AcmeCodesClass,Vendors.Beta.BetaStatus,Vendors.Beta.BetaStatusClass",
            await app.RunAsync());

        // One item per file reached the compiler: one section per page in the generated .editorconfig.
        var editorConfig = app.Read("obj/Debug/net10.0/TwoCatalogs.GeneratedMSBuildEditorConfig.editorconfig");
        var sections = editorConfig.Split('\n').Where(line => line.StartsWith('[')).ToArray();
        Assert.Single(sections, section => section.EndsWith("/spec/beta.md]", StringComparison.Ordinal));
        Assert.Single(sections, section => section.EndsWith("/spec/acme-codes.md]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_project_with_its_own_Markdig_version_uses_it_at_run_time_while_the_generator_uses_its_own()
    {
        const string OwnMarkdig = "1.6.0";
        var app = _packages.CreateConsumer("OwnMarkdig")
            .WriteProject(s_consoleApp, new() { [Generator] = GeneratorReference, ["Markdig"] = $"Version=\"{OwnMarkdig}\"" })
            .Write("spec/acme-codes.md", AcmePage)
            .Write("spec/acme-codes.overlay.md", AcmeOverlay)
            .Write("Program.cs", """
                using System;
                using Markdig;
                using OwnMarkdig;

                Console.WriteLine(typeof(Markdown).Assembly.GetName().Version);
                Console.WriteLine(Markdown.ToHtml("**" + AcmeCodes.TooManyRequests.GetDescription() + "**").Trim());
                """);

        var build = await app.BuildSuccessfullyAsync();

        Assert.Empty(ConsumerProject.Warnings(build));
        Assert.Equal($"{OwnMarkdig}.0\n<p><strong>Too many requests</strong></p>", await app.RunAsync());
    }

    private const string AcmePage = """
        # Acme Pay API: status codes

        Every response carries a numeric `status`.

        | Code | Description |
        | ---: | --- |
        | 0 | OK |
        | 1001 | Invalid token |
        | 1002 | Too many requests |

        """;

    private const string AcmeOverlay = """
        | Code | Member | Class |
        | ---: | --- | --- |
        | 0 | Ok | Success |
        | 1001 | InvalidToken | Fatal |
        | 1002 | TooManyRequests | Retryable |

        """;

    /// <summary>The 1-based line of <paramref name="text"/> that starts with <paramref name="prefix"/>.</summary>
    private static int LineOf(string text, string prefix)
        => Array.FindIndex(text.Split('\n'), line => line.StartsWith(prefix, StringComparison.Ordinal)) + 1;
}
