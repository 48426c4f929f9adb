using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Benchmarks.Alternatives;

namespace Ebet.StatusCodes.Benchmarks;

/// <summary>
/// <c>--verify</c>: every alternative the benchmarks measure gives the library's answer for every
/// input they iterate, so that the tables compare the same work. Not a test of the library.
/// </summary>
internal static class Verification
{
    private static readonly string[] s_cultures = { "zh-Hans", "zh-Hant", "en", "en-US", "zh-CN", "zh-TW", "zh-HK", "fr-FR", string.Empty };

    public static int Run()
    {
        var failures = new List<string>();
        var codes = CodeMixes.Codes(Mix.Mixed).Concat(CodeMixes.Codes(Mix.DefinedOnly)).Concat(EbetStatusCodeExtensions.Values).Distinct().ToArray();
        foreach (var code in codes)
        {
            Check(failures, "ToName", code, HandWrittenSwitch.ToName(code), code.ToStringFast());
            Check(failures, "Enum.ToString", code, code.ToString(), code.ToStringFast());
            Check(failures, "Description", code, HandWrittenSwitch.Description(code), code.GetDescription());
            Check(failures, "[Description]", code, DescriptionLookup.Description((DescribedStatusCode)(int)code), code.GetDescription());
            Check(failures, "Class", code, HandWrittenSwitch.Class(code), code.GetClass());
            Check(failures, "IsRetryable", code, HandWrittenSwitch.IsRetryable(code), code.IsRetryable());
            Check(failures, "IsDefined", code, HandWrittenSwitch.IsDefined((int)code), EbetStatusCodeExtensions.IsDefined((int)code));
            Check(failures, "Enum.IsDefined", code, Enum.IsDefined(code), EbetStatusCodeExtensions.IsDefined((int)code));
            Check(failures, "Described name", code, ((DescribedStatusCode)(int)code).ToString(), code.ToStringFast());
            foreach (var culture in s_cultures.Select(CultureInfo.GetCultureInfo))
            {
                var expected = code.GetMessage(culture);
                Check(failures, "Message " + culture.Name, code, HandWrittenSwitch.Message(code, culture), expected);
                Check(failures, "resx " + culture.Name, code, ResxMessages.Message(code.ToStringFast(), (int)code, culture), expected);
            }
        }

        var names = CodeMixes.Names(Mix.Mixed).Concat(CodeMixes.Names(Mix.DefinedOnly)).Distinct();
        var mixedCase = CodeMixes.NamesInMixedCase(Mix.Mixed).Concat(CodeMixes.NamesInMixedCase(Mix.DefinedOnly)).Distinct();
        foreach (var name in names)
        {
            var found = EbetStatusCodeExtensions.TryParse(name, out var expected);
            Check(failures, "TryParse", name, (HandWrittenSwitch.TryParse(name, out var value), value), (found, expected));
            Check(failures, "Enum.TryParse", name, (Enum.TryParse<EbetStatusCode>(name, out var parsed), parsed), (found, expected));
        }

        foreach (var name in mixedCase)
        {
            var found = EbetStatusCodeExtensions.TryParse(name, out var expected, ignoreCase: true);
            Check(failures, "TryParse ignoring case", name, (HandWrittenSwitch.TryParseIgnoreCase(name, out var value), value), (found, expected));
            Check(failures, "Enum.TryParse ignoring case", name, (Enum.TryParse<EbetStatusCode>(name, ignoreCase: true, out var parsed), parsed), (found, expected));
        }

        foreach (var failure in failures)
        {
            Console.Error.WriteLine(failure);
        }

        Console.WriteLine(failures.Count == 0
            ? "verify: every alternative answers as the library does (" + codes.Length + " codes, " + s_cultures.Length + " cultures)"
            : "verify: " + failures.Count + " differences");
        return failures.Count == 0 ? 0 : 1;
    }

    private static void Check<T>(List<string> failures, string what, object input, T actual, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}({input}): got '{actual}', the library says '{expected}'"));
        }
    }
}
