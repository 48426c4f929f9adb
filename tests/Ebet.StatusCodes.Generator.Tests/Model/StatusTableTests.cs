using Ebet.StatusCodes.Generator.Model;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Model;

public class StatusTableTests
{
    [Theory]
    [InlineData("客户端错误码", 3, "客户端错误码")]
    [InlineData("", 2, "#2")]
    [InlineData("", 12, "#12")]
    public void Diagnostics_name_a_table_by_its_heading_else_by_its_position(string heading, int position, string name)
    {
        var table = new StatusTable(heading, position, default, EquatableArray<StatusEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);

        Assert.Equal(name, table.DisplayName);
    }
}
