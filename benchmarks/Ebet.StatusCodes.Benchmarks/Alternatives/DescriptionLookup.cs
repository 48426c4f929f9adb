using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Ebet.StatusCodes.Benchmarks.Alternatives;

/// <summary>
/// The <see cref="DescriptionAttribute"/> read back by reflection, as integrations without a generator
/// usually do (an <c>Enum.GetDescription()</c> helper): the member's name, its field, its attribute.
/// </summary>
internal static class DescriptionLookup
{
    public static string Description(DescribedStatusCode value)
    {
        var field = typeof(DescribedStatusCode).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static);
        var attribute = field?.GetCustomAttribute<DescriptionAttribute>();
        return attribute?.Description
            ?? "未知的 eBET 状态码 " + ((int)value).ToString(CultureInfo.InvariantCulture) + "。";
    }
}
