using Markdig.Syntax;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// A GitHub-flavoured pipe table as a block of its own: the header line, the delimiter row and the
/// body rows, as <see cref="PipeTableBlockParser"/> found them. Its lines are split into cells by
/// <see cref="PipeTableReader"/>; Markdig never parses its inlines.
/// </summary>
internal sealed class PipeTableBlock : LeafBlock
{
    public PipeTableBlock(PipeTableBlockParser parser)
        : base(parser)
    {
        ProcessInlines = false;
        Lines = new Markdig.Helpers.StringLineGroup(4);
    }
}
