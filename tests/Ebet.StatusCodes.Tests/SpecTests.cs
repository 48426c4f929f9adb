using System;
using System.IO;
using System.Security.Cryptography;
using Xunit;

namespace Ebet.StatusCodes.Tests;

public class SpecTests
{
    /// <summary>SHA-256 of the vendor's page as published (shared/seeds/000_f5a7bda4a19829ff.txt).</summary>
    private const string VendorPageSha256 = "234b9ce9b03eceaa60f45db62b422bed6715127c8a8411522db3c9c4055f00d3";

    [Fact]
    public void The_page_in_spec_is_the_vendor_page_byte_for_byte()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SpecFile.PathOf("ebet-status-codes.md"))));

        Assert.Equal(VendorPageSha256, hash);
    }

    [Fact]
    public void The_oracle_reads_all_35_rows_of_the_page()
    {
        Assert.Equal(35, SpecFile.PageRows().Count);
        Assert.Equal(35, SpecFile.OverlayRows().Count);
    }
}
