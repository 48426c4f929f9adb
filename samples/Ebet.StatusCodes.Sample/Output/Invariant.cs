using System.Globalization;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>Numbers as the wire and the page write them, whatever the reader's culture.</summary>
internal static class Invariant
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>As C# writes it: bool.ToString() gives "True".</summary>
    public static string Text(bool value) => value ? "true" : "false";
}
