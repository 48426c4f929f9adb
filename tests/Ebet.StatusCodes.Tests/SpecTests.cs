using System;
using System.IO;
using System.Security.Cryptography;
using Xunit;

namespace Ebet.StatusCodes.Tests;

public class SpecTests
{
    /// <summary>
    /// SHA-256 of the vendor's page as it stands today (published 2023-06-12, HTML tables). When the
    /// vendor publishes a new page, paste it into spec/ and update this (docs/vendor-updates.md,
    /// "The steps").
    /// </summary>
    private const string VendorPageSha256 = "9ae614bf3a4ea6034fd614ce5e08f251504bbdef5186cfb9895843a4097587c8";

    [Fact]
    public void The_page_in_spec_is_the_vendor_page_byte_for_byte()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SpecFile.PathOf("ebet-status-codes.md"))));

        Assert.Equal(VendorPageSha256, hash);
    }

    [Theory]
    [InlineData(SpecFile.Responses, 35)]
    [InlineData(SpecFile.ChannelResponses, 20)]
    [InlineData(SpecFile.ClientErrors, 145)]
    public void The_oracle_reads_every_row_of_each_table(string catalog, int rows)
    {
        Assert.Equal(rows, SpecFile.PageRows(catalog).Count);
        Assert.Equal(rows, SpecFile.OverlayRows(catalog).Count);
        Assert.Equal(rows, SpecFile.Messages("en", catalog).Count);
        Assert.Equal(rows, SpecFile.Messages("zh-Hant", catalog).Count);
    }
}
