using System;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// The naming convention that ties our files to a catalog, the way .resx satellites are tied to
/// their neutral file: <c>stem.overlay.md</c> is the overlay of <c>stem.md</c>, and
/// <c>stem.&lt;culture&gt;.md</c> (<c>stem.en.md</c>, <c>stem.zh-Hant.md</c>) one of its culture files.
/// </summary>
internal static class SideFileName
{
    public const string OverlaySuffix = ".overlay.md";

    private static readonly char[] s_directorySeparators = { '/', '\\' };

    /// <summary>Splits <paramref name="path"/> into the catalog it belongs to and its culture tag (empty for the overlay).</summary>
    public static bool TryParse(string path, out string pagePath, out string cultureTag)
    {
        pagePath = string.Empty;
        cultureTag = string.Empty;
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var withoutExtension = path.Substring(0, path.Length - ".md".Length);
        var dot = withoutExtension.LastIndexOf('.');
        var separator = withoutExtension.LastIndexOfAny(s_directorySeparators);
        if (dot <= separator + 1 || dot == withoutExtension.Length - 1)
        {
            return false;
        }

        var suffix = withoutExtension.Substring(dot + 1);
        pagePath = withoutExtension.Substring(0, dot) + ".md";
        cultureTag = string.Equals(suffix, "overlay", StringComparison.OrdinalIgnoreCase) ? string.Empty : suffix;
        return true;
    }

    /// <summary>A side file's name made a page's: its inner dots become dashes (<c>acme.v2.md</c> gives <c>acme-v2.md</c>).</summary>
    public static string AsPageName(string fileName)
    {
        var stem = fileName.Substring(0, fileName.Length - ".md".Length);
        return stem.Replace('.', '-') + fileName.Substring(stem.Length);
    }

    /// <summary>The overlay's path for a catalog at <paramref name="pagePath"/>.</summary>
    public static string OverlayPathFor(string pagePath)
        => pagePath.Substring(0, pagePath.Length - ".md".Length) + OverlaySuffix;

    /// <summary>Paths as the compiler passes them may differ in case or separator on Windows.</summary>
    public static bool SamePath(string left, string right)
        => string.Equals(left.Replace('\\', '/'), right.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
}
