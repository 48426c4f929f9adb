using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>Codes are decimal ASCII digits with an optional sign, within int; anything else is not a code.</summary>
public class StatusCodeTextTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("+7", 7)]
    [InlineData("007", 7)]
    [InlineData("-0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("+002147483647", int.MaxValue)]
    public void Decimal_integers_with_a_sign_are_codes(string text, int code)
    {
        Assert.Equal(StatusCodeText.Result.Ok, StatusCodeText.TryParse(text, out var parsed));
        Assert.Equal(code, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("1-")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData("１２")]
    [InlineData("٣")]
    [InlineData("/")]
    [InlineData(":")]
    public void Anything_else_is_not_an_integer(string text)
    {
        Assert.Equal(StatusCodeText.Result.NotInteger, StatusCodeText.TryParse(text, out var parsed));
        Assert.Equal(0, parsed);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999")]
    public void Integers_beyond_int_are_out_of_range(string text)
    {
        Assert.Equal(StatusCodeText.Result.OutOfRange, StatusCodeText.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1000-1999", nameof(NotIntegerShape.Range))]
    [InlineData("1000 ~ 1999", nameof(NotIntegerShape.Range))]
    [InlineData("-5--1", nameof(NotIntegerShape.Range))]
    [InlineData("1000至1999", nameof(NotIntegerShape.Range))]
    [InlineData("0x1F", nameof(NotIntegerShape.Hexadecimal))]
    [InlineData("１２", nameof(NotIntegerShape.OtherDigits))]
    [InlineData("٤٠٤", nameof(NotIntegerShape.OtherDigits))]
    [InlineData("1,000", nameof(NotIntegerShape.Separators))]
    [InlineData("1 000", nameof(NotIntegerShape.Separators))]
    [InlineData("1.5", nameof(NotIntegerShape.Separators))]
    [InlineData("200 OK", nameof(NotIntegerShape.NumberAndText))]
    [InlineData("1-2", nameof(NotIntegerShape.Range))]
    [InlineData("1-x", nameof(NotIntegerShape.NumberAndText))]
    [InlineData("0x", nameof(NotIntegerShape.NumberAndText))]
    [InlineData("１E", nameof(NotIntegerShape.Text))]
    [InlineData("+-0", nameof(NotIntegerShape.Text))]
    [InlineData("+-9", nameof(NotIntegerShape.Text))]
    [InlineData("10,000", nameof(NotIntegerShape.Separators))]
    [InlineData("9,000", nameof(NotIntegerShape.Separators))]
    [InlineData("1,009", nameof(NotIntegerShape.Separators))]
    [InlineData("404a", nameof(NotIntegerShape.NumberAndText))]
    [InlineData("E1001", nameof(NotIntegerShape.Text))]
    [InlineData("", nameof(NotIntegerShape.Text))]
    [InlineData("-", nameof(NotIntegerShape.Text))]
    [InlineData("1-", nameof(NotIntegerShape.Text))]
    public void Cells_that_are_not_integers_are_told_apart_by_shape_for_the_advice(string text, string shape)
    {
        Assert.Equal(shape, StatusCodeText.ShapeOf(text).ToString());
    }
}
