using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// A diagnostic as plain, equatable data: the descriptor's ID, where it points and its message
/// arguments. It becomes a <see cref="Diagnostic"/> only in the output step.
/// </summary>
internal sealed record DiagnosticInfo(string Id, FileLocation? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, FileLocation? location, params object[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments.Select(FormatArgument).ToArray()));

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            DiagnosticDescriptors.ById(Id),
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            Arguments.Cast<object>().ToArray());

    private static string FormatArgument(object argument)
        => argument switch
        {
            string text => text,
            int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            long number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null => string.Empty,
            _ => System.Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };
}
