using System;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Side files that give one page's overlay or one of its cultures twice: <c>codes.en.md</c> and
/// <c>codes.EN.md</c> are two files on a case-sensitive disk but one culture. The first in ordinal
/// path order is read (the catalog step takes the same one); the others are reported here, once.
/// </summary>
internal static class SideFileConflicts
{
    public static EquatableArray<DiagnosticInfo> Find(EquatableArray<SideFile> files)
    {
        var diagnostics = new DiagnosticBag();
        // The overlay's culture is null; a group of one file reports nothing (it skips its first).
        var groups = files.GroupBy(file => (Page: file.PagePath.Replace('\\', '/').ToUpperInvariant(), Culture: (file as CultureFile)?.CultureTag.ToUpperInvariant()));
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
            foreach (var extra in ordered.Skip(1))
            {
                diagnostics.Add(
                    DiagnosticDescriptors.CultureGivenTwice,
                    FileLocation.StartOf(extra.Path),
                    System.IO.Path.GetFileName(extra.Path),
                    DiagnosticDescriptors.CultureOrOverlay((extra as CultureFile)?.CultureTag ?? string.Empty),
                    System.IO.Path.GetFileName(ordered[0].Path));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
