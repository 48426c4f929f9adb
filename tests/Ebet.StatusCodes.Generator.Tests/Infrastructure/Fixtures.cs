using System;
using System.IO;
using System.Linq;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>Files copied into the test output (the vendor's pages, the repository's spec/), and where the repository is.</summary>
internal static class Fixtures
{
    public static string Directory => AppContext.BaseDirectory;

    /// <summary>
    /// The repository root the build recorded (the test assembly's <c>RepositoryRoot</c> metadata):
    /// where the repository's files are, also for deterministic CI builds, which map source paths to "/_/".
    /// </summary>
    public static string RepositoryRoot { get; } = typeof(Fixtures).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public static string VendorPage(string fileName) => File.ReadAllText(Path.Combine(Directory, "Fixtures", "VendorPages", fileName));

    public static string Spec(string fileName) => File.ReadAllText(Path.Combine(Directory, "Spec", fileName));

    public static byte[] SpecBytes(string fileName) => File.ReadAllBytes(Path.Combine(Directory, "Spec", fileName));

    public const string Seed = "ebet-status-codes.seed.md";
    public const string MarkCodeSpans = "ebet-status-codes.2023-03-09.mark-code-spans.md";
    public const string PipeTables = "ebet-status-codes.2023-03-10.pipe-table.md";
    public const string HtmlTables = "ebet-status-codes.2023-06-12.html-tables.md";
}
