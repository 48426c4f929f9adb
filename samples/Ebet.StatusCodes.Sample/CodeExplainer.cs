using System;
using System.Globalization;

namespace Ebet.StatusCodes.Sample;

/// <summary>Explains one status code: what the page says, what it means for a caller, and what to do.</summary>
internal static class CodeExplainer
{
    public static int Explain(string argument)
    {
        if (!int.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            if (!EbetStatusCodeExtensions.TryParse(argument, out var named, ignoreCase: true))
            {
                Console.Error.WriteLine($"'{argument}' is neither a status code nor a member name. Try: 4026, or InvalidSignature.");
                return 2;
            }

            number = (int)named;
        }

        var code = (EbetStatusCode)number;
        Console.WriteLine($"eBET status {number}");
        if (!code.IsDefined())
        {
            Console.WriteLine("  Not on eBET's page (spec/ebet-status-codes.md).");
            Console.WriteLine($"  Message:  {code.GetMessage(CultureInfo.InvariantCulture)}");
            Console.WriteLine("  Do:       treat it as an error, log it and contact eBET; update spec/ when the vendor documents it.");
            return 0;
        }

        Console.WriteLine($"  Member:   EbetStatusCode.{code.ToStringFast()}");
        Console.WriteLine($"  Page:     {code.GetDescription()}");
        Console.WriteLine($"  English:  {code.GetMessage(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"  zh-Hant:  {code.GetMessage(Culture("zh-Hant"))}");
        Console.WriteLine($"  Class:    {code.GetClass()}");
        Console.WriteLine($"  Do:       {Advice.For(code)}");
        return 0;
    }

    /// <summary>A culture by name, or the invariant one where the host has no culture data.</summary>
    internal static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
