using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Search.Cli;

namespace NumericKernels.Search
{
    internal static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            using var cancellation = new CancellationTokenSource();
            // Ctrl+C (and a polite kill) cancels the sweep instead of killing the process, so it can say so and exit 130.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
            return await NkSearchCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);

            void Cancel(PosixSignalContext context)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        }
    }
}
