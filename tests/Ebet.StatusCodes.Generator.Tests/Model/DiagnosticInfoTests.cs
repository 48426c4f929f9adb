using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Model;

/// <summary>Diagnostics travel as plain data; their arguments are written in the invariant culture.</summary>
public class DiagnosticInfoTests
{
    [Fact]
    public void Arguments_are_formatted_without_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.RowCellCount, null, -1234567, 9_876_543_210L, null!, 1.5, "text");

            Assert.Equal(new[] { "-1234567", "9876543210", string.Empty, "1.5", "text" }, info.Arguments);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Without_a_location_the_diagnostic_has_none_and_keeps_its_descriptor()
    {
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDescription, null, 7).ToDiagnostic();

        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Same(DiagnosticDescriptors.EmptyDescription, diagnostic.Descriptor);
        Assert.Contains("Code 7 ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_location_the_diagnostic_points_at_the_file_span_and_lines()
    {
        var location = new FileLocation("/spec/codes.md", 10, 4, 2, 3, 2, 7);

        var span = DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDescription, location, 7).ToDiagnostic().Location;

        Assert.Equal(LocationKind.ExternalFile, span.Kind);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(10, 4), span.SourceSpan);
        var lines = span.GetLineSpan();
        Assert.Equal(("/spec/codes.md", 2, 3, 2, 7), (lines.Path, lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character));
    }
}
