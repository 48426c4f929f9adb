using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Ebet.StatusCodes.PackageTests.Infrastructure;

/// <summary>Reads a .nupkg or .snupkg (a zip with a .nuspec at its root).</summary>
internal static class PackageFile
{
    /// <summary>The package's files, '/'-separated, without NuGet's own bookkeeping entries.</summary>
    public static IReadOnlyList<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                           && !name.StartsWith("package/", StringComparison.Ordinal)
                           && name != "[Content_Types].xml"
                           && !name.EndsWith(".nuspec", StringComparison.Ordinal)
                           && !name.EndsWith('/'))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }

    public static byte[] ReadBytes(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"{entryName} is not in {package}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static XElement ReadNuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    /// <summary>The text of a metadata element (namespace-agnostic: nuspec schemas differ by version).</summary>
    public static string? Metadata(XElement nuspec, string name)
        => Element(nuspec, "metadata")?.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value;

    public static XElement? MetadataElement(XElement nuspec, string name)
        => Element(nuspec, "metadata")?.Elements().FirstOrDefault(element => element.Name.LocalName == name);

    /// <summary>Every dependency of every framework group, as "id version".</summary>
    public static IReadOnlyList<string> Dependencies(XElement nuspec)
        => nuspec.Descendants()
            .Where(element => element.Name.LocalName == "dependency")
            .Select(element => $"{element.Attribute("id")?.Value} {element.Attribute("version")?.Value}")
            .ToArray();

    private static XElement? Element(XElement parent, string name)
        => parent.Elements().FirstOrDefault(element => element.Name.LocalName == name);
}
