using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Ebet.StatusCodes.Tests;

/// <summary>
/// Containers often run with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1: cultures then carry no data
/// and zh-TW has no parent. The lookups must still find the right text.
/// </summary>
public class InvariantGlobalizationTests
{
    [Fact]
    public void Messages_resolve_by_culture_name_without_culture_data()
    {
        var lines = RunProbe(new Dictionary<string, string>
        {
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
            // Without this, invariant mode refuses to create any culture but the invariant one.
            ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "0",
            ["LANG"] = "zh_TW.UTF-8",
        });

        Assert.Equal(string.Empty, lines["parent-of-zh-TW"]);
        Assert.Equal("Invalid signature.", lines["current"]);
        foreach (var simplified in new[] { "zh-CN", "zh-Hans", "zh-SG", "zh" })
        {
            Assert.Equal("签名不对", lines[simplified]);
        }

        foreach (var traditional in new[] { "zh-TW", "zh-HK", "zh-Hant" })
        {
            Assert.Equal("簽名不正確", lines[traditional]);
        }

        foreach (var other in new[] { "en", "en-US", "fr-FR", string.Empty })
        {
            Assert.Equal("Invalid signature.", lines[other]);
        }

        Assert.Equal("未知的 eBET 狀態碼 4040。", lines["unknown"]);
    }

    [Fact]
    public void The_current_UI_culture_is_used_when_no_culture_is_given()
    {
        var lines = RunProbe(new Dictionary<string, string> { ["LANG"] = "zh_TW.UTF-8", ["LC_ALL"] = "zh_TW.UTF-8" });

        Assert.Equal("zh-Hant", lines["parent-of-zh-TW"]);
        Assert.Equal("簽名不正確", lines["current"]);
    }

    private static Dictionary<string, string> RunProbe(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ebet.StatusCodes.Tests.dll"));
        start.ArgumentList.Add(Program.ProbeArgument);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r').Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
    }
}
