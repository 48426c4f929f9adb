using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file conventions: the reviewed output is committed as
/// <c>Snapshots/&lt;name&gt;.verified.cs</c> (or <c>.verified.txt</c> for text that is not code) next to
/// the test; on a mismatch the new output is written to <c>&lt;name&gt;.received.cs</c> (git-ignored) for a diff tool, and the test fails. Verify itself is
/// not served by this project's package mirror, hence this small helper.
/// </summary>
/// <remarks>
/// Output is scrubbed before the comparison, as Verify's scrubbers do: the generator's version in
/// <c>[GeneratedCode]</c> becomes <see cref="VersionPlaceholder"/>, so that a version bump leaves the
/// snapshots as they are. One switch accepts: run the tests with <c>ACCEPT_SNAPSHOTS=1</c> and every received output becomes
/// the verified one (review the git diff before committing). The switch is ignored when <c>CI</c> is
/// set, so CI can only compare, and a missing verified file always fails.
/// </remarks>
internal static class Snapshot
{
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    public const string VersionPlaceholder = "{GeneratorVersion}";

    private static readonly Regex s_generatedCodeVersion = new(
        "(GeneratedCode\\(\"" + Regex.Escape(ProjectInfo.GeneratorName) + "\", \")[^\"]*(\"\\))",
        RegexOptions.CultureInvariant);

    /// <summary>The output with what changes from build to build replaced by placeholders.</summary>
    public static string Scrub(string output) => s_generatedCodeVersion.Replace(output, "${1}" + VersionPlaceholder + "${2}");

    public static void Verify(string actual, string name, string extension = "cs", [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified." + extension);
        var receivedPath = Path.Combine(directory, name + ".received." + extension);
        actual = Scrub(actual).Replace("\r\n", "\n", StringComparison.Ordinal);

        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (ShouldAccept())
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No verified snapshot {verifiedPath}. Review {receivedPath}, then accept it (rename it, or run with {AcceptVariable}=1)."
            : $"The output differs from {verifiedPath} at line {FirstDifference(expected, actual)}. Compare it with {receivedPath}; accept it (run with {AcceptVariable}=1) only if the change is intended.");
    }

    /// <summary>
    /// The test file's path on disk. Deterministic CI builds map the repository root to "/_/" in
    /// caller file paths, so it is mapped back through the root the build recorded.
    /// </summary>
    private static string SourcePath(string testFile)
    {
        const string mappedRoot = "/_/";
        if (!testFile.StartsWith(mappedRoot, StringComparison.Ordinal))
        {
            return testFile;
        }

        return Path.Combine(Fixtures.RepositoryRoot, testFile.Substring(mappedRoot.Length));
    }

    private static bool ShouldAccept()
        => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
           && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static int FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i])
            {
                return i + 1;
            }
        }

        return Math.Min(expectedLines.Length, actualLines.Length) + 1;
    }
}
