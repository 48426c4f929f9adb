using System;
using System.IO;

namespace Ebet.StatusCodes.Tool.Tests.Infrastructure;

/// <summary>eBET's page at its dates, and today's spec/ files, as copied beside the tests.</summary>
internal static class Fixtures
{
    public const string Page = "ebet-status-codes.md";

    /// <summary>The item metadata src/Ebet.StatusCodes gives eBET's page, as command-line options.</summary>
    public static readonly string[] EbetOptions =
    {
        "--enum", "EbetStatusCode, EbetChannelResponseCode, EbetClientErrorCode",
        "--table", "eBET响应的状态代码, 建议响应的状态代码, 客户端错误码",
        "--culture", "zh-Hans",
    };

    public static string VendorPagePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "VendorPages", name);

    public static string SpecPath(string name) => Path.Combine(AppContext.BaseDirectory, "Spec", name);

    /// <summary>Today's spec/ folder (page, overlay, culture files) copied into <paramref name="folder"/>.</summary>
    public static void CopySpec(TempFolder folder)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Spec"), "*.md"))
        {
            folder.WriteBytes(Path.GetFileName(file), File.ReadAllBytes(file));
        }
    }
}
