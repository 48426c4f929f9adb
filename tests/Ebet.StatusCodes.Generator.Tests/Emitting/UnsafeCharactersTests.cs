using Ebet.StatusCodes.Generator.Emitting;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// The characters that never reach generated source raw, decided from fixed ranges: each range is
/// pinned at both ends and just outside them, so that a range drifting by one is caught.
/// </summary>
public class UnsafeCharactersTests
{
    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\u00AD')]
    [InlineData('\u061C')]
    [InlineData('\u180E')]
    [InlineData('\u200B')]
    [InlineData('\u200F')]
    [InlineData('\u2028')]
    [InlineData('\u202E')]
    [InlineData('\u2060')]
    [InlineData('\u206F')]
    [InlineData('\uFEFF')]
    [InlineData('\uFFF9')]
    [InlineData('\uFFFB')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void Controls_line_breaks_invisible_and_bidi_characters_and_non_characters_are_unsafe(char c)
    {
        Assert.True(UnsafeCharacters.IsUnsafe("a" + c + "b", 1));
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('~')]
    [InlineData('\u00A0')]
    [InlineData('\u00AC')]
    [InlineData('\u00AE')]
    [InlineData('\u061B')]
    [InlineData('\u061D')]
    [InlineData('\u180D')]
    [InlineData('\u180F')]
    [InlineData('\u200A')]
    [InlineData('\u2010')]
    [InlineData('\u2027')]
    [InlineData('\u202F')]
    [InlineData('\u205F')]
    [InlineData('\u2070')]
    [InlineData('\uFEFE')]
    [InlineData('\uFF00')]
    [InlineData('\uFFF8')]
    [InlineData('\uFFFC')]
    [InlineData('\uFFFD')]
    [InlineData('签')]
    public void Readable_characters_are_safe(char c)
    {
        Assert.False(UnsafeCharacters.IsUnsafe("a" + c + "b", 1));
    }

    [Fact]
    public void A_surrogate_is_safe_only_as_half_of_a_pair()
    {
        const string pair = "\uD83D\uDE00";

        Assert.False(UnsafeCharacters.IsUnsafe(pair, 0));
        Assert.False(UnsafeCharacters.IsUnsafe(pair, 1));
        Assert.True(UnsafeCharacters.IsUnsafe("\uD83D", 0));
        Assert.True(UnsafeCharacters.IsUnsafe("\uD83Dx", 0));
        Assert.True(UnsafeCharacters.IsUnsafe("\uDE00", 0));
        Assert.True(UnsafeCharacters.IsUnsafe("x\uDE00", 1));
        Assert.True(UnsafeCharacters.IsUnsafe("\uDE00\uDE00", 1));
        Assert.True(UnsafeCharacters.IsUnsafe("\uD83D\uD83D", 0));
    }

    [Theory]
    [InlineData('\u0000', "\\u0000")]
    [InlineData('\u200F', "\\u200F")]
    [InlineData('\uFEFF', "\\uFEFF")]
    [InlineData('\uDC00', "\\uDC00")]
    public void Escapes_are_four_upper_case_hex_digits(char c, string escape)
    {
        Assert.Equal(escape, UnsafeCharacters.Escape(c));
    }
}
