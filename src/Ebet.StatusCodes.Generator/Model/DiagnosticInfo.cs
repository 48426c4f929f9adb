using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// A diagnostic as plain, equatable data: its descriptor (one of the catalogue's static ones, which
/// compare by value), where it points and its message arguments. It becomes a <see cref="Diagnostic"/>
/// only in an output step.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, FileLocation? Location, EquatableArray<string> Arguments)
{
    public string Id => Descriptor.Id;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, FileLocation? location, params object[] arguments)
        => new(descriptor, location, new EquatableArray<string>(arguments.Select(FormatArgument).ToArray()));

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            Descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            Arguments.Cast<object>().ToArray());

    private static string FormatArgument(object argument)
        => argument switch
        {
            string text => text,
            int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            long number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null => string.Empty,
            _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", argument),
        };
}
