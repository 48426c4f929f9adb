using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// The member name sync writes for a code the overlay does not name. The name the build gives the
/// code today, when the page's own Name column gave it; else the words of the page's English message
/// column (<c>StatusCodeMessageColumns="en=English"</c>) in PascalCase, by the generator's naming rule,
/// when that is a valid name no other code has; else the fallback name the build uses (<c>Code4099</c>),
/// so that code written against the enum today keeps compiling.
/// </summary>
internal sealed class MemberNames
{
    private readonly BoundCatalog _catalog;
    private readonly int _englishColumn;
    private readonly HashSet<string> _taken;

    public MemberNames(BoundCatalog catalog)
    {
        _catalog = catalog;
        _taken = new HashSet<string>(catalog.Spec.Codes.Select(code => code.MemberName), StringComparer.Ordinal);
        var columns = catalog.Page.Request.MessageColumns;
        _englishColumn = Enumerable.Range(0, columns.Count)
            .Where(index => string.Equals(columns[index].Culture, "en", StringComparison.OrdinalIgnoreCase) || columns[index].Culture.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            .DefaultIfEmpty(-1)
            .First();
    }

    /// <param name="index">The code's index in the catalog (the table's order).</param>
    public string For(int index)
    {
        var code = _catalog.Spec.Codes[index];
        if (!IsFallback(code.MemberName, code.Value))
        {
            return code.MemberName;
        }

        var entry = _catalog.Table.Entries[index];
        if (_englishColumn >= 0 && entry.ColumnMessages[_englishColumn] is { Length: > 0 } english)
        {
            var name = Identifiers.FromWords(english);
            if (Identifiers.IsValidMemberName(name) && _taken.Add(name))
            {
                return name;
            }
        }

        return code.MemberName;
    }

    /// <summary>The generator's fallback name for the code, with the underscores it appends when the name is taken.</summary>
    private static bool IsFallback(string name, int code) => name.TrimEnd('_') == Identifiers.FallbackMemberName(code);
}
