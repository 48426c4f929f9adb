using System;
using System.IO;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>Files copied into the test output: the vendor's pages and the repository's spec/.</summary>
internal static class Fixtures
{
    public static string Directory => AppContext.BaseDirectory;

    public static string VendorPage(string fileName) => File.ReadAllText(Path.Combine(Directory, "Fixtures", "VendorPages", fileName));

    public static string Spec(string fileName) => File.ReadAllText(Path.Combine(Directory, "Spec", fileName));

    public static byte[] SpecBytes(string fileName) => File.ReadAllBytes(Path.Combine(Directory, "Spec", fileName));

    public const string Seed = "ebet-status-codes.seed.md";
    public const string MarkCodeSpans = "ebet-status-codes.2023-03-09.mark-code-spans.md";
    public const string PipeTables = "ebet-status-codes.2023-03-10.pipe-table.md";
    public const string HtmlTables = "ebet-status-codes.2023-06-12.html-tables.md";
}
