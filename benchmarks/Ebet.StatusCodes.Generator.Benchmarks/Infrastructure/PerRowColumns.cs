using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>Adds the per-row columns to a benchmark whose <c>Rows</c> parameter is the catalog's size.</summary>
public sealed class PerRowConfig : ManualConfig
{
    public PerRowConfig()
    {
        AddColumn(new PerRowColumn(allocation: false), new PerRowColumn(allocation: true));
    }
}

/// <summary>The mean time (or allocation) of an operation divided by the <c>Rows</c> parameter.</summary>
internal sealed class PerRowColumn : IColumn
{
    public const string RowsParameter = "Rows";

    private readonly bool _allocation;

    public PerRowColumn(bool allocation) => _allocation = allocation;

    public string Id => _allocation ? "AllocatedPerRow" : "TimePerRow";

    public string ColumnName => _allocation ? "Alloc/row" : "Time/row";

    public bool AlwaysShow => true;

    public ColumnCategory Category => _allocation ? ColumnCategory.Metric : ColumnCategory.Statistics;

    public int PriorityInCategory => 100;

    public bool IsNumeric => true;

    public UnitType UnitType => _allocation ? UnitType.Size : UnitType.Time;

    public string Legend => _allocation ? "Allocated bytes per operation divided by Rows" : "Mean divided by Rows";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters[RowsParameter] is not int rows || rows <= 0 || summary[benchmarkCase] is not { } report)
        {
            return "NA";
        }

        if (_allocation)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "NA" : ((double)bytes.Value / rows).ToString("N0", CultureInfo.InvariantCulture) + " B";
        }

        return report.ResultStatistics is { } statistics
            ? (statistics.Mean / rows).ToString("N0", CultureInfo.InvariantCulture) + " ns"
            : "NA";
    }

    public override string ToString() => ColumnName;
}
