using System;
using System.IO;
using System.Text;

namespace Ebet.StatusCodes.Tool.Tests.Infrastructure;

/// <summary>A fresh folder under the system's temporary folder, deleted afterwards; files are written and read as bytes.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "statuscodes-tool-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Writes the text as UTF-8 exactly as given (no line ending conversion, no byte order mark).</summary>
    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string name) => Encoding.UTF8.GetString(File.ReadAllBytes(PathOf(name)));

    public byte[] ReadBytes(string name) => File.ReadAllBytes(PathOf(name));

    public bool Exists(string name) => File.Exists(PathOf(name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder: the system cleans it up if a file is still held.
        }
    }
}
