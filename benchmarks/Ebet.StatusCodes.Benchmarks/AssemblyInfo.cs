using System.Resources;

// The .resx alternative at its best: the neutral resources answer English without probing for an
// "en" satellite.
[assembly: NeutralResourcesLanguage("en")]
