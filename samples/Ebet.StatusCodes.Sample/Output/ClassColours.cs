using Spectre.Console;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>
/// One colour per class, from the 16 every colour terminal has, so they read alike everywhere:
/// green for done, yellow for "look again", red for "stop". The class's name is always written
/// too: colour only helps the eye, it never carries the meaning alone.
/// </summary>
internal static class ClassColours
{
    public static Style For(EbetStatusCodeClass @class) => @class switch
    {
        EbetStatusCodeClass.Success => new Style(Color.Green),
        EbetStatusCodeClass.Pending => new Style(Color.Blue),
        EbetStatusCodeClass.Indeterminate => new Style(Color.Yellow),
        EbetStatusCodeClass.Retryable => new Style(Color.Aqua),
        EbetStatusCodeClass.Rejected => new Style(Color.Fuchsia),
        EbetStatusCodeClass.Fatal => new Style(Color.Red, decoration: Decoration.Bold),
        _ => new Style(Color.Grey),
    };
}
