using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>CsCheck generators for <see cref="TableCase"/>: codes, hostile texts, titles and layouts.</summary>
internal static class TableGenerators
{
    /// <summary>Text a vendor's page can hold, and text that breaks naive escaping.</summary>
    private static readonly string[] s_hostilePieces =
    {
        "\"", "\\", "*/", "/*", "//", "///", "</summary>", "<summary>", "<!--", "-->", "&", "&amp;", "&#x41;", "<", ">", "<br>",
        "'", "`", "``", "|", "\\|", "{0}", "{{", "}}", "%s", "#if DEBUG", "#endregion", "@\"", "$\"", "\"\"\"", "]]>", "<![CDATA[",
        "\u2028", "\u2029", "\u0085", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u061C", "\uFEFF", "\u00AD", "\u00A0", "\u3000",
        "\t", "\0", "\n", "\r\n", "\r", "\f", "\v", "\u0001", "\u001B", "\u007F", "\u009B",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFE", "\uFFFF", "\uFFFD",
        "😀", "👍🏽", "👨‍👩‍👧", "𠜎", "签名不对", "充值 ID 不能为空", "系统繁忙，请稍后再试", "無效的Token", "مرحبا", "שלום", "Ελληνικά", "ǅ", "İı", "ß",
        "**", "_", "~~", "[", "]", "(", ")", "!", "#", "-", "+", "1.", "=", ">", "  ", "\u3002",
    };

    private static readonly string[] s_codeTitles =
    {
        "代码", "代碼", "状态码", "狀態碼", "状态代码", "错误码", "錯誤碼", "返回码", "响应码", "编码", "编号",
        "Code", "Status", "Status Code", "Error Code", "Response Code", "Return Code", "Result Code", "Value",
    };

    private static readonly string[] s_descriptionTitles =
    {
        "描述", "说明", "說明", "信息", "訊息", "消息", "含义", "描述信息", "错误信息", "備註",
        "Description", "Message", "Meaning", "Desc", "Text", "Details", "Error Message", "Reason",
    };

    private static readonly string[] s_extraTitles = { "Since", "HTTP", "Extra", "备用列", "Remarks for ops" };

    /// <summary>A code: mostly small, sometimes the extremes or anything in range.</summary>
    public static readonly Gen<int> Code = Gen.Frequency(
        (5, Gen.Int[-5, 5000]),
        (1, Gen.OneOf(int.MinValue, int.MaxValue, int.MinValue + 1, int.MaxValue - 1, 0, -1)),
        (2, Gen.Int));

    /// <summary>A text: a few pieces, each a hostile snippet, printable ASCII, any UTF-16 code unit, or any code point.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
            (6, Gen.OneOf(s_hostilePieces)),
            (4, Gen.Char[' ', '~'].Array[1, 8].Select(chars => new string(chars))),
            (2, Gen.Char.Array[1, 3].Select(chars => new string(chars))),
            (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)))
        .Array[0, 8]
        .Select(pieces => string.Concat(pieces));

    private static readonly Gen<(int Code, string CodeText, int Decoration)> CodeCell =
        Gen.Select(Code, Gen.Int[0, 5], Gen.Int[0, 99], (code, format, decoration) => (code, Format(code, format), decoration));

    private static readonly Gen<TableRow> Row =
        Gen.Select(CodeCell, Text, Gen.Int[0, 99], Gen.Int, Gen.Char['a', 'z'].Array[1, 6].Select(chars => new string(chars)), (code, text, wrap, seed, extra) =>
            new TableRow(code.Code, code.CodeText, code.Decoration, text, wrap, seed, extra));

    /// <summary>Rows, some of them repeating an earlier row's code (the vendor pasted a row twice).</summary>
    private static readonly Gen<TableRow[]> Rows =
        Gen.Frequency((30, Gen.Int[0, 8]), (10, Gen.Int[9, 40]), (1, Gen.Int[257, 280]))
            .SelectMany(count => Gen.Select(Row.Array[count], Gen.Int[0, 99].Array[count], Gen.Int.Array[count]))
            .Select(((TableRow[] Rows, int[] DuplicateRolls, int[] DuplicatePicks) value) =>
            {
                var rows = value.Rows;
                for (var i = 1; i < rows.Length; i++)
                {
                    if (value.DuplicateRolls[i] < 8)
                    {
                        var earlier = rows[(int)((uint)value.DuplicatePicks[i] % (uint)i)];
                        rows[i] = rows[i] with { Code = earlier.Code, CodeText = Format(earlier.Code, value.DuplicatePicks[i] & 3) };
                    }
                }

                return rows;
            });

    private static readonly Gen<(IReadOnlyList<string> Titles, int Code, int Description)> Header =
        Gen.Select(Gen.OneOf(s_codeTitles), Gen.OneOf(s_descriptionTitles), Gen.Int[0, 2], Gen.Int[0, 99], Gen.Int[0, 99])
            .Select(((string Code, string Description, int Extras, int Order, int Casing) value) =>
            {
                var titles = new List<string> { Recase(value.Code, value.Casing), Recase(value.Description, value.Casing / 3) };
                titles.AddRange(s_extraTitles.Take(value.Extras));

                // A rotation and an optional swap give every column order for up to four columns often enough.
                var rotation = value.Order % titles.Count;
                titles = titles.Skip(rotation).Concat(titles.Take(rotation)).ToList();
                if (value.Order / 10 % 2 == 1)
                {
                    (titles[0], titles[titles.Count - 1]) = (titles[titles.Count - 1], titles[0]);
                }

                var codeTitle = Recase(value.Code, value.Casing);
                var descriptionTitle = Recase(value.Description, value.Casing / 3);
                return ((IReadOnlyList<string>)titles, titles.IndexOf(codeTitle), titles.IndexOf(descriptionTitle));
            });

    public static readonly Gen<TableCase> Case =
        Gen.Select(
            Gen.Int[0, 9],
            Header,
            Rows,
            Gen.Int[0, 3],
            Gen.OneOf("\n", "\n", "\r\n", "\r"),
            Gen.Int[0, 9],
            Gen.Int[0, 99],
            Gen.Select(Gen.OneOf<string?>(null, "zh-Hans", "en"), Gen.OneOf(ConsumerSetting.Net100Latest, ConsumerSetting.NetStandard20CSharp73, ConsumerSetting.NetStandard20CSharp8)))
        .Select(((int Form, (IReadOnlyList<string> Titles, int Code, int Description) Header, TableRow[] Rows, int Pipes, string LineEnding, int Preamble, int Layout, (string? Culture, ConsumerSetting Setting) Consumer) value) =>
        {
            var html = value.Form < 3;
            var leadingPipe = value.Pipes % 2 == 0;
            var trailingPipe = value.Pipes < 2;
            var rows = value.Rows;
            var titles = html || value.Layout % 4 != 1
                ? value.Header.Titles
                : value.Header.Titles.Select(title => "**" + title + "**").ToList();
            return new TableCase(
                html,
                titles,
                value.Header.Code,
                value.Header.Description,
                rows,
                leadingPipe,
                trailingPipe,
                value.LineEnding,
                value.Preamble,
                value.Layout,
                value.Consumer.Culture,
                value.Consumer.Setting);
        });

    /// <summary>The code as a cell writes it: plain, with a plus sign, or with leading zeros.</summary>
    private static string Format(int code, int format)
    {
        var digits = code.ToString(CultureInfo.InvariantCulture);
        var sign = code < 0 ? "-" : string.Empty;
        var magnitude = code < 0 ? digits.Substring(1) : digits;
        return format switch
        {
            1 when code >= 0 => "+" + digits,
            2 => sign + "0" + magnitude,
            3 => sign + "00" + magnitude,
            _ => digits,
        };
    }

    /// <summary>Titles are matched ignoring case: write ASCII ones in another case now and then.</summary>
    private static string Recase(string title, int casing) => (casing % 4) switch
    {
        1 => title.ToUpperInvariant(),
        2 => title.ToLowerInvariant(),
        _ => title,
    };
}
