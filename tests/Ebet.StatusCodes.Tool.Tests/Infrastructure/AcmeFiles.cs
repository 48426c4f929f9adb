namespace Ebet.StatusCodes.Tool.Tests.Infrastructure;

/// <summary>A small vendor's page with its overlay and two culture files, in sync with each other: the starting point of the sync tests.</summary>
internal static class AcmeFiles
{
    public const string Page = "acme-codes.md";
    public const string Overlay = "acme-codes.overlay.md";
    public const string English = "acme-codes.en.md";
    public const string French = "acme-codes.fr.md";

    public const string PageText = """
        # Acme status codes

        | Code | Description |
        | ---: | --- |
        | 0 | OK |
        | 1001 | Invalid token |
        | 1002 | Bad signature |

        """;

    public const string OverlayText = """
        ---
        owner: payments team
        ---

        # Overlay for acme-codes.md

        Names and classes. Keep the notes short.

        | Code | Member | Class | Vendor text | Notes |
        | ---: | --- | --- | --- | --- |
        | 0 | Ok | Success | OK | |
        | 1001 | InvalidToken | Rejected | Invalid token | The token expired or was revoked. |
        | 1002 | BadSignature | Fatal | Bad signature | |

        Written by hand.

        """;

    public const string EnglishText = """
        # English

        | Code | Message |
        | ---: | --- |
        | 0 | OK. |
        | 1001 | The token is invalid. |
        | 1002 | The signature is wrong. |

        """;

    public const string FrenchText = """
        # Français

        | Code | Message |
        | ---: | --- |
        | 0 | D'accord. |
        | 1001 | Le jeton est invalide. |
        | 1002 | La signature est fausse. |

        """;

    /// <summary>The page after the vendor's update: 1002 gone, 1001 reworded, 1003 added between them and 2001 at the end.</summary>
    public const string UpdatedPageText = """
        # Acme status codes

        | Code | Description |
        | ---: | --- |
        | 0 | OK |
        | 1001 | Invalid or expired token |
        | 1003 | Rate limited |
        | 2001 | Maintenance |

        """;

    /// <summary>Writes the four files in sync (the page as given).</summary>
    public static TempFolder Create(string page = PageText, string overlay = OverlayText, string english = EnglishText, string french = FrenchText)
    {
        var folder = new TempFolder();
        folder.Write(Page, page);
        if (overlay.Length > 0)
        {
            folder.Write(Overlay, overlay);
        }

        folder.Write(English, english);
        folder.Write(French, french);
        return folder;
    }
}
