using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// The column titles the generator recognises, compared after the cell-text rule and ignoring case.
/// Vendors title their columns in Chinese or English; a page with other titles names them through
/// the item's StatusCodeCodeColumn / StatusCodeDescriptionColumn metadata.
/// </summary>
internal static class ColumnTitles
{
    public static readonly IReadOnlyList<string> Code = new[]
    {
        "代码", "代碼", "状态码", "狀態碼", "状态代码", "狀態代碼", "错误码", "錯誤碼", "错误代码", "錯誤代碼",
        "返回码", "返回碼", "响应码", "響應碼", "编码", "編碼", "编号", "編號",
        "Code", "Status", "Status Code", "StatusCode", "status_code", "Error Code", "ErrorCode", "Error",
        "Response Code", "Return Code", "Result Code", "Value",
    };

    /// <summary>The description titles written in Chinese (see <see cref="IsChineseDescriptionTitle"/>).</summary>
    private static readonly string[] s_chineseDescriptionTitles =
    {
        "描述", "说明", "說明", "信息", "訊息", "消息", "讯息", "含义", "含義", "意义", "意義", "描述信息",
        "错误信息", "錯誤訊息", "错误描述", "錯誤描述", "状态描述", "狀態描述", "备注", "備註",
    };

    public static readonly IReadOnlyList<string> Description = s_chineseDescriptionTitles.Concat(new[]
    {
        "Description", "Message", "Meaning", "Desc", "Text", "Details", "Error Message", "Reason",
    }).ToArray();

    /// <summary>
    /// Code titles that are also common words for other columns (a status text, an error name, a
    /// field's value): when a table has another code column, the other is preferred.
    /// </summary>
    private static readonly string[] s_weakCodeTitles = { "Status", "Error", "Value" };

    /// <summary>A vendor page's own name for each code (a <c>Code | Name | Description</c> table).</summary>
    public static readonly IReadOnlyList<string> VendorName = new[] { "Name", "Constant", "Identifier", "Enum", "名称", "名稱", "常量" };

    /// <summary>The overlay's member-name column.</summary>
    public static readonly IReadOnlyList<string> Member = new[] { "Member", "Name", "Member Name", "Enum Member", "成员", "名称" };

    /// <summary>The overlay's class column.</summary>
    public static readonly IReadOnlyList<string> Class = new[] { "Class", "Kind", "Category", "类别", "分类" };

    /// <summary>The overlay's column for the vendor's text the row was written for (drift detection).</summary>
    public static readonly IReadOnlyList<string> VendorText = new[] { "Vendor Text", "Page Text", "Description", "描述" };

    /// <summary>The overlay's free-text notes, shown in the member's XML docs.</summary>
    public static readonly IReadOnlyList<string> Notes = new[] { "Notes", "Note", "Evidence", "Remarks", "备注" };

    /// <summary>The meaning column of an overlay's class-meaning table (<c>| Class | Meaning |</c>).</summary>
    public static readonly IReadOnlyList<string> ClassMeaning = new[] { "Meaning", "Description", "含义", "含義", "说明", "說明" };

    /// <summary>A culture file's message column.</summary>
    public static readonly IReadOnlyList<string> Message = new[] { "Message", "Text", "Translation", "Description", "描述", "信息", "訊息" };

    /// <summary>
    /// The column titled <paramref name="extraTitle"/> (a title the item names wins), else the first
    /// column whose title is one of <paramref name="titles"/>; -1 when there is none.
    /// </summary>
    public static int Find(EquatableArray<TableCell> header, IReadOnlyList<string> titles, string extraTitle = "")
    {
        if (extraTitle.Length > 0)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (Matches(header[i].Text, extraTitle))
                {
                    return i;
                }
            }
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (IsOneOf(header[i].Text, titles))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="title"/> is one of <paramref name="titles"/>, ignoring case.</summary>
    public static bool IsOneOf(string title, IReadOnlyList<string> titles)
    {
        // A loop, not Any(): every header cell of every table asks, and a lambda would be allocated each time.
        for (var i = 0; i < titles.Count; i++)
        {
            if (Matches(title, titles[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a code title that is also a common word for other columns (see <see cref="s_weakCodeTitles"/>).</summary>
    public static bool IsWeakCodeTitle(string title) => IsOneOf(title, s_weakCodeTitles);

    /// <summary>True for a description title written in Chinese: a page whose culture is Chinese prefers such a column.</summary>
    public static bool IsChineseDescriptionTitle(string title) => IsOneOf(title, s_chineseDescriptionTitles);

    /// <summary>The titles as diagnostics list them.</summary>
    public static string Describe(IReadOnlyList<string> titles, string extraTitle = "")
        => string.Join(", ", (extraTitle.Length > 0 ? new[] { extraTitle }.Concat(titles) : titles).Select(title => "'" + title + "'"));

    private static bool Matches(string title, string known) => string.Equals(title, known, StringComparison.OrdinalIgnoreCase);
}
