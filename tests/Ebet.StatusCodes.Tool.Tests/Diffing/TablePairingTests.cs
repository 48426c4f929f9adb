using System;
using System.Linq;
using Ebet.StatusCodes.Tool.Diffing;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Diffing;

public sealed class TablePairingTests
{
    [Fact]
    public void Tables_pair_by_heading_whatever_their_positions()
    {
        var pairs = TablePairing.Pair(new[] { Table("A", 1, 1, 2), Table("B", 2, 7) }, new[] { Table("b", 1, 7), Table("A", 2, 1) });

        Assert.Equal(new[] { ("B", "b"), ("A", "A") }, pairs.Select(pair => (pair.Old!.Heading, pair.New!.Heading)));
    }

    [Fact]
    public void A_renamed_table_pairs_with_the_new_one_it_shares_most_codes_with()
    {
        var pairs = TablePairing.Pair(
            new[] { Table("eBET响应状态码", 1, 1, 2, 3, 4) },
            new[] { Table("eBET响应的状态代码", 1, 1, 2, 3, 4), Table("建议响应的状态代码", 2, 1, 2) });

        Assert.Equal("eBET响应的状态代码", pairs[0].New!.Heading);
        Assert.Null(pairs[1].Old);
    }

    [Fact]
    public void A_table_that_shares_neither_heading_nor_code_is_removed_and_the_other_added()
    {
        var pairs = TablePairing.Pair(new[] { Table("Old", 1, 1) }, new[] { Table("New", 1, 2) });

        Assert.Equal(2, pairs.Count);
        Assert.Contains(pairs, pair => pair.Old is null && pair.New!.Heading == "New");
        Assert.Contains(pairs, pair => pair.New is null && pair.Old!.Heading == "Old");
    }

    private static PageTable Table(string heading, int position, params int[] codes)
        => new(heading, position, TableForm.Pipe, new[] { "Code", "Description" }, codes.Select(code => new PageCode(code, "text " + code)).ToArray());
}
