using System;
using System.Globalization;
using Ebet.StatusCodes;

// The same small program in both apps: it uses the generated API, so that both compilations bind it.
var zhHant = CultureInfo.GetCultureInfo("zh-Hant");
foreach (var code in EbetStatusCodeExtensions.Values)
{
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{(int)code,5} {code.ToStringFast(),-30} {code.GetClass(),-13} {code.IsRetryable(),-5} {code.GetMessage(zhHant)}"));
}

Console.WriteLine(EbetStatusCodeExtensions.TryParse("SystemBusy", out var busy) && EbetStatusCodeExtensions.IsDefined((int)busy));
