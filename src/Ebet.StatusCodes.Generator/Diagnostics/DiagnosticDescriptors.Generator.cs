using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>The generator's own failure: what it reports instead of ever crashing the build.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnexpectedFailure = Error(
        "EBSC099",
        "The status-code generator failed",
        "The status-code generator failed while reading {0}: {1}: {2}; nothing was generated from this file, please report it with the file attached");
}
