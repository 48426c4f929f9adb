using System;
using System.Globalization;
using System.Text;

namespace Ebet.StatusCodes.Tests;

/// <summary>
/// The test assembly's entry point, used only as a probe: InvariantGlobalizationTests starts it in a
/// child process with globalization-invariant mode, which cannot be switched on inside a running
/// process. The test host never calls it.
/// </summary>
public static class Program
{
    public const string ProbeArgument = "--culture-probe";

    public static int Main(string[] args)
    {
        if (args.Length != 1 || args[0] != ProbeArgument)
        {
            Console.Error.WriteLine("This is a test assembly; run it with dotnet test.");
            return 2;
        }

        Console.OutputEncoding = Encoding.UTF8;

        // Shows the test that the host really has no culture data: zh-TW has no parent then.
        Console.WriteLine("parent-of-zh-TW=" + CultureInfo.GetCultureInfo("zh-TW").Parent.Name);
        Console.WriteLine("current=" + EbetStatusCode.InvalidSignature.GetMessage());
        foreach (var name in new[] { "zh-CN", "zh-Hans", "zh-SG", "zh", "zh-TW", "zh-HK", "zh-Hant", "en", "en-US", "fr-FR", "" })
        {
            Console.WriteLine(name + "=" + EbetStatusCode.InvalidSignature.GetMessage(CultureInfo.GetCultureInfo(name)));
        }

        Console.WriteLine("unknown=" + ((EbetStatusCode)4040).GetMessage(CultureInfo.GetCultureInfo("zh-TW")));
        return 0;
    }
}
