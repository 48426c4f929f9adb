using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

public class StatusPageReaderTests
{
    /// <summary>
    /// The 35 response codes and texts as eBET's page lists them, typed from the page by hand
    /// (not produced by the reader): the oracle every vendor format must reproduce.
    /// </summary>
    internal static readonly (int Code, string Description)[] EbetResponseCodes =
    {
        (-1, "充值纪录不存"), (0, "充值中"), (200, "成功"), (201, "重复的充值请求ID"), (202, "渠道不存在"),
        (203, "充值 ID 不能为空"), (204, "充值金额不能为 0"), (205, "充值金额太小"), (206, "seqNo 不存在"),
        (207, "退款金额不一致"), (208, "记录不存在"), (209, "已经退款的数据"), (401, "用户名或密码不正确"),
        (410, "无效的Token"), (500, "系统错误"), (505, "渠道服务器在维护中"), (1003, "余额不足"),
        (4003, "系统繁忙，请稍后再试"), (4025, "参数不对"), (4026, "签名不对"), (4027, "IP 不允许"),
        (4028, "试玩玩家不能充值"), (4029, "功能无效"), (4030, "资料类型错误"), (4037, "用户不存在"),
        (4038, "频繁请求"), (4202, "接口调用次数不足"), (5001, "充值失败"),
        (5002, "余额不足，取款失败(或该帐号已被冻结、禁止取款)"), (5003, "子渠道不存在"), (5005, "钱包尚未开启"),
        (5006, "游戏中无法提领"), (5009, "该游戏未开放（目前仅未申请正式老虎机会出现此错误代码）"),
        (5010, "渠道请求非该渠道申请币种"), (5011, "这个帐号被冻结，无法进行此操作"),
    };

    [Theory]
    [InlineData(Fixtures.Seed)]
    [InlineData(Fixtures.MarkCodeSpans)]
    [InlineData(Fixtures.PipeTables)]
    public void Every_pipe_table_form_of_the_vendor_page_gives_the_same_35_codes_and_texts(string fixture)
    {
        var page = PageReading.Read(Fixtures.VendorPage(fixture));

        Assert.Empty(PageReading.DiagnosticIds(page));
        Assert.Equal(EbetResponseCodes, PageReading.Entries(page.Tables[0]));
    }

    [Fact]
    public void The_seed_page_has_one_table_under_its_heading()
    {
        var page = PageReading.Read(Fixtures.VendorPage(Fixtures.Seed));

        var table = Assert.Single(page.Tables);
        Assert.Equal("eBET响应状态码", table.Heading);
        Assert.Equal(1, table.Position);
    }

    [Fact]
    public void The_two_table_page_gives_both_tables_with_their_headings()
    {
        var page = PageReading.Read(Fixtures.VendorPage(Fixtures.PipeTables));

        Assert.Equal(new[] { "eBET响应的状态代码", "建议响应的状态代码" }, page.Tables.Select(table => table.Heading));
        Assert.Equal(20, page.Tables[1].Entries.Count);
        Assert.Equal((4038, "频繁请求"), PageReading.Entries(page.Tables[1])[18]);
    }

    [Fact]
    public void Entries_point_at_the_code_cell()
    {
        var text = Fixtures.VendorPage(Fixtures.Seed);
        var page = PageReading.Read(text);

        var entry = page.Tables[0].Entries.Single(candidate => candidate.Code == 4026);
        var lines = text.Split('\n');
        Assert.Equal(27, entry.Location.StartLine); // zero-based: the page's line 28
        Assert.Contains("**4026**", lines[entry.Location.StartLine], System.StringComparison.Ordinal);
        Assert.Equal(2, entry.Location.StartColumn);
        Assert.Equal("<mark style=\"color:red;background-color:blue;\">**4026**</mark>", text.Substring(entry.Location.Start, entry.Location.Length));
    }

    [Fact]
    public void The_code_column_need_not_be_first()
    {
        var page = PageReading.Read("| 描述 | 代码 |\n| --- | --- |\n| 成功 | 200 |\n| 系统错误 | 500 |\n");

        Assert.Equal(new[] { (200, "成功"), (500, "系统错误") }, PageReading.Entries(page.Tables[0]));
    }

    [Theory]
    [InlineData("Code", "Description")]
    [InlineData("Status", "Message")]
    [InlineData("状态码", "说明")]
    [InlineData("錯誤碼", "訊息")]
    [InlineData("code", "DESCRIPTION")]
    public void Header_titles_are_recognised_in_Chinese_and_English(string code, string description)
    {
        var page = PageReading.Read($"| {code} | {description} |\n| --- | --- |\n| 1 | one |\n");

        Assert.Equal(new[] { (1, "one") }, PageReading.Entries(Assert.Single(page.Tables)));
    }

    [Fact]
    public void Unknown_titles_can_be_named_by_metadata()
    {
        var text = "| Nummer | Bedeutung |\n| --- | --- |\n| 7 | sieben |\n";

        Assert.Equal("EBSC001", Assert.Single(PageReading.DiagnosticIds(PageReading.Read(text))));
        Assert.Equal(new[] { (7, "sieben") }, PageReading.Entries(PageReading.Read(text, codeColumn: "Nummer", descriptionColumn: "Bedeutung").Tables[0]));
    }

    [Fact]
    public void A_table_inside_a_code_block_is_not_read()
    {
        var page = PageReading.Read("```\n| Code | Description |\n| --- | --- |\n| 1 | one |\n```\n");

        Assert.Empty(page.Tables);
        Assert.Equal("EBSC001", Assert.Single(PageReading.DiagnosticIds(page)));
    }

    [Fact]
    public void Tables_without_both_columns_are_skipped_for_the_first_status_table()
    {
        var page = PageReading.Read("| a | b |\n| - | - |\n| x | y |\n\n# Codes\n\n| Code | Message |\n| - | - |\n| 3 | three |\n");

        var table = Assert.Single(page.Tables);
        Assert.Equal("Codes", table.Heading);
    }

    [Fact]
    public void A_table_of_text_codes_before_the_status_table_is_passed_over()
    {
        var page = PageReading.Read("| Field | Value | Description |\n| - | - | - |\n| mode | fast | How |\n\n| Code | Description |\n| - | - |\n| 7 | seven |\n");

        var table = Assert.Single(page.Tables);
        Assert.Equal(1, table.Position);
        Assert.Equal(new[] { (7, "seven") }, PageReading.Entries(table));
        Assert.Empty(PageReading.DiagnosticIds(page));
    }

    [Fact]
    public void A_page_of_text_codes_only_is_one_error_at_the_first_code()
    {
        var page = PageReading.Read("| Code | Description |\n| - | - |\n| E1 | one |\n| E2 | two |\n");

        Assert.Empty(page.Tables);
        var error = Assert.Single(page.Diagnostics);
        Assert.Equal(("EBSC037", 2, "E1"), (error.Id, error.Location!.Value.StartLine, error.Arguments[1]));
    }

    [Theory]
    [InlineData("| Version | Date | Notes |\n| - | - | - |\n| 1.2 | 2024-01-02 | x |\n", "EBSC042")]
    [InlineData("| Field | Type | Description |\n| - | - | - |\n| status | int | The code |\n", "EBSC042")]
    [InlineData("| Code | Description |\n| - | - |\n| E1 | one |\n", "EBSC042")]
    [InlineData("| Code | Flag |\n| - | - |\n| x | y |\n", "EBSC042")]
    [InlineData("| Code | Meaning in French |\n| - | - |\n| 404 | introuvable |\n", "EBSC003")]
    public void Under_the_convention_only_a_plain_status_table_with_a_column_missing_is_an_error(string markdown, string id)
    {
        var request = PageReading.Request() with { ByConvention = true };

        var page = Generator.Parsing.StatusPageReader.Read(request, "# Notes\n\n" + markdown, default);

        Assert.Equal(new[] { id }, PageReading.DiagnosticIds(page));
        Assert.False(page.IsCatalog);
    }

    [Fact]
    public void Under_the_convention_a_file_without_tables_is_not_reported()
    {
        var page = Generator.Parsing.StatusPageReader.Read(PageReading.Request() with { ByConvention = true }, "# Read me\n\nPaste the vendor's page here.\n", default);

        Assert.Empty(page.Diagnostics);
        Assert.False(page.IsCatalog);
    }

    [Fact]
    public void What_the_file_could_not_read_is_reported_with_the_page_beside_its_tables()
    {
        var page = PageReading.Read("| Code | Description |\n| - | - |\n| 1 | one |\n\n<table><tr><td>2</td><td colspan=\"2\">two</td></tr></table>\n");

        Assert.Equal(new[] { 1 }, page.Tables.Single().Entries.Select(entry => entry.Code));
        var broken = Assert.Single(page.Diagnostics, diagnostic => diagnostic.Id == "EBSC036");
        Assert.Equal(4, broken.Location!.Value.StartLine);
    }
}
