using System.Text;
using System.Threading;
using Ebet.StatusCodes.Tool.Commands;
using Ebet.StatusCodes.Tool.Output;

// statuscodes check | diff | sync | show; statuscodes --help says more (docs/tool.md).
System.Console.OutputEncoding = Encoding.UTF8;
return await ToolCommandLine.RunAsync(args, ToolConsole.ForProcess(), CancellationToken.None);
