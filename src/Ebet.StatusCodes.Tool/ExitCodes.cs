namespace Ebet.StatusCodes.Tool;

/// <summary>The exit codes of every command, one meaning each, so that CI can tell them apart (docs/tool.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Done: nothing to report (check: no error; diff: no change; sync: the files are up to date or were updated).</summary>
    public const int Success = 0;

    /// <summary>Done, and there is something to act on: check found errors, diff found changes, sync --dry-run would change files, show was asked for a code no catalog lists.</summary>
    public const int Found = 1;

    /// <summary>Could not do it: bad arguments, a missing file, a page without a status table, a URL that does not answer with a page.</summary>
    public const int Error = 2;
}
