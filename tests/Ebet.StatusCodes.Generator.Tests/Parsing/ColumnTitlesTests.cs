using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// Every column title the generator promises to recognise, in any case, in a header where it is not
/// the first column; and a title named by the item's metadata winning over the known ones.
/// </summary>
public class ColumnTitlesTests
{
    public static readonly TheoryData<string, string> Titles = new()
    {
        { "Code", "代码" }, { "Code", "代碼" }, { "Code", "状态码" }, { "Code", "狀態碼" }, { "Code", "状态代码" }, { "Code", "狀態代碼" },
        { "Code", "错误码" }, { "Code", "錯誤碼" }, { "Code", "错误代码" }, { "Code", "錯誤代碼" }, { "Code", "返回码" }, { "Code", "返回碼" },
        { "Code", "响应码" }, { "Code", "響應碼" }, { "Code", "编码" }, { "Code", "編碼" }, { "Code", "编号" }, { "Code", "編號" },
        { "Code", "Code" }, { "Code", "Status" }, { "Code", "Status Code" }, { "Code", "StatusCode" }, { "Code", "status_code" },
        { "Code", "Error Code" }, { "Code", "ErrorCode" }, { "Code", "Error" }, { "Code", "Response Code" }, { "Code", "Return Code" },
        { "Code", "Result Code" }, { "Code", "Value" },
        { "Description", "描述" }, { "Description", "说明" }, { "Description", "說明" }, { "Description", "信息" }, { "Description", "訊息" },
        { "Description", "消息" }, { "Description", "讯息" }, { "Description", "含义" }, { "Description", "含義" }, { "Description", "意义" },
        { "Description", "意義" }, { "Description", "描述信息" }, { "Description", "错误信息" }, { "Description", "錯誤訊息" },
        { "Description", "错误描述" }, { "Description", "錯誤描述" }, { "Description", "状态描述" }, { "Description", "狀態描述" },
        { "Description", "备注" }, { "Description", "備註" }, { "Description", "Description" }, { "Description", "Message" },
        { "Description", "Meaning" }, { "Description", "Desc" }, { "Description", "Text" }, { "Description", "Details" },
        { "Description", "Error Message" }, { "Description", "Reason" },
        { "VendorName", "Name" }, { "VendorName", "Constant" }, { "VendorName", "Identifier" }, { "VendorName", "Enum" },
        { "VendorName", "名称" }, { "VendorName", "名稱" }, { "VendorName", "常量" },
        { "Member", "Member" }, { "Member", "Name" }, { "Member", "Member Name" }, { "Member", "Enum Member" }, { "Member", "成员" }, { "Member", "名称" },
        { "Class", "Class" }, { "Class", "Kind" }, { "Class", "Category" }, { "Class", "类别" }, { "Class", "分类" },
        { "VendorText", "Vendor Text" }, { "VendorText", "Page Text" }, { "VendorText", "Description" }, { "VendorText", "描述" },
        { "Notes", "Notes" }, { "Notes", "Note" }, { "Notes", "Evidence" }, { "Notes", "Remarks" }, { "Notes", "备注" },
        { "Message", "Message" }, { "Message", "Text" }, { "Message", "Translation" }, { "Message", "Description" }, { "Message", "描述" },
        { "Message", "信息" }, { "Message", "訊息" },
        { "ClassMeaning", "Meaning" }, { "ClassMeaning", "Description" }, { "ClassMeaning", "含义" }, { "ClassMeaning", "含義" },
        { "ClassMeaning", "说明" }, { "ClassMeaning", "說明" },
    };

    /// <summary>Every list of titles ColumnTitles has, by field name, so a new list cannot be left out of the docs.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> s_lists = typeof(ColumnTitles)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.FieldType == typeof(IReadOnlyList<string>))
        .ToDictionary(field => field.Name, field => (IReadOnlyList<string>)field.GetValue(null)!);

    private static EquatableArray<TableCell> Header(params string[] titles)
        => new(titles.Select(title => new TableCell(title, FileLocation.StartOf("/p.md"))).ToArray());

    [Theory]
    [MemberData(nameof(Titles))]
    public void Every_promised_title_is_recognised_in_any_case(string list, string title)
    {
        var titles = s_lists[list];

        Assert.Equal(1, ColumnTitles.Find(Header("Zzz", title), titles));
        Assert.Equal(1, ColumnTitles.Find(Header("Zzz", title.ToUpperInvariant()), titles));
        Assert.Equal(1, ColumnTitles.Find(Header("Zzz", title.ToLowerInvariant()), titles));
    }

    [Fact]
    public void Each_list_holds_the_promised_titles_and_no_others()
    {
        foreach (var (list, titles) in s_lists)
        {
            var promised = Titles.Select(row => ((string)row[0], (string)row[1])).Where(row => row.Item1 == list).Select(row => row.Item2);
            Assert.Equal(promised.OrderBy(title => title, System.StringComparer.Ordinal), titles.OrderBy(title => title, System.StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The documents list the titles between markers (<c>&lt;!-- column-titles:code --&gt;</c> ...
    /// <c>&lt;!-- /column-titles:code --&gt;</c>), in the generator's order; a difference fails with
    /// the markdown to paste.
    /// </summary>
    [Fact]
    public void The_docs_list_exactly_the_titles_the_generator_knows()
    {
        // The marker is the field's name in kebab case: VendorName gives column-titles:vendor-name.
        var markers = s_lists.Keys.ToDictionary(
            list => System.Text.RegularExpressions.Regex.Replace(list, "(?<=[a-z])([A-Z])", "-$1").ToLowerInvariant(),
            list => list);
        var pages = RepoDocs.DocsPages().Select(page => (Page: page, Text: RepoDocs.Text(page))).ToList();
        var wrong = new List<string>();
        foreach (var (marker, list) in markers)
        {
            var expected = string.Join(", ", s_lists[list].Select(title => "`" + title + "`"));
            var pattern = new System.Text.RegularExpressions.Regex("<!-- column-titles:" + marker + " -->(.*?)<!-- /column-titles:" + marker + " -->", System.Text.RegularExpressions.RegexOptions.Singleline);
            var found = pages.SelectMany(page => pattern.Matches(page.Text).Select(match => (page.Page, Listed: match.Groups[1].Value.Trim()))).ToList();
            if (found.Count != 1 || found[0].Listed != expected)
            {
                var where = found.Count == 0 ? "in no docs page" : string.Join(", ", found.Select(place => place.Page));
                wrong.Add($"column-titles:{marker} ({where}, {found.Count} times) should read:\n<!-- column-titles:{marker} -->{expected}<!-- /column-titles:{marker} -->");
            }
        }

        Assert.True(wrong.Count == 0, "The docs' column titles differ from ColumnTitles.cs. Each list once, as:\n\n" + string.Join("\n\n", wrong));
    }

    [Fact]
    public void A_title_that_is_not_known_is_not_found()
    {
        Assert.Equal(-1, ColumnTitles.Find(Header("Codes", "Descriptions", " Code"), ColumnTitles.Code));
        Assert.Equal(-1, ColumnTitles.Find(Header(), ColumnTitles.Code));
    }

    [Fact]
    public void An_empty_header_cell_is_never_the_column()
    {
        Assert.Equal(1, ColumnTitles.Find(Header(string.Empty, "Code"), ColumnTitles.Code));
        Assert.Equal(1, ColumnTitles.Find(Header(string.Empty, "Code"), ColumnTitles.Code, string.Empty));
    }

    [Fact]
    public void The_first_known_column_wins_unless_the_metadata_names_another()
    {
        var header = Header("Status", "Code", "编号");

        Assert.Equal(0, ColumnTitles.Find(header, ColumnTitles.Code));
        Assert.Equal(2, ColumnTitles.Find(header, ColumnTitles.Code, "编号"));
        Assert.Equal(1, ColumnTitles.Find(header, ColumnTitles.Code, "CODE"));
        Assert.Equal(0, ColumnTitles.Find(header, ColumnTitles.Code, "Missing"));
    }

    [Fact]
    public void Titles_are_described_quoted_in_order_with_the_named_one_first()
    {
        Assert.Equal("'Class', 'Kind', 'Category', '类别', '分类'", ColumnTitles.Describe(ColumnTitles.Class));
        Assert.Equal("'Typ', 'Class', 'Kind', 'Category', '类别', '分类'", ColumnTitles.Describe(ColumnTitles.Class, "Typ"));
    }
}
