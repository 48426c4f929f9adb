using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>Reference assemblies to compile generated code against, as consumers do.</summary>
internal static class ReferenceAssemblies
{
    public static IEnumerable<MetadataReference> Net100 => Basic.Reference.Assemblies.Net100.References.All;

    public static IEnumerable<MetadataReference> NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All;
}
