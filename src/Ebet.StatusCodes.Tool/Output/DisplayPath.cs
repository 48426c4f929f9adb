using System;
using System.IO;

namespace Ebet.StatusCodes.Tool.Output;

/// <summary>How the tool names a file in what it prints: relative to the current folder when the file is below it, else in full.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return path;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
