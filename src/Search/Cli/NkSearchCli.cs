using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Search.Mpfr;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// The nk-search command line. Every error a user can cause or meet (bad arguments, missing MPFR, cancellation)
    /// ends as one line on stderr and an exit code from <see cref="ExitCodes"/>, never as a stack trace.
    /// </summary>
    internal static class NkSearchCli
    {
        /// <summary>The command tree; tests parse against it without running anything.</summary>
        public static RootCommand CreateRoot(TextWriter output)
        {
            var root = new RootCommand("nk-search: fits, evolves and verifies the approximations of the NumericKernels catalog, and checks the quantization references and quadrature rules.");
            root.Subcommands.Add(VerifyCommand.Create(output));
            root.Subcommands.Add(FitCommand.Create(output));
            root.Subcommands.Add(EvolveCommand.Create(output));
            root.Subcommands.Add(CompareCommand.Create(output));
            root.Subcommands.Add(QuantizeVerifyCommand.Create(output));
            root.Subcommands.Add(QuadratureVerifyCommand.Create(output));
            root.Subcommands.Add(RandomBitsCommand.Create());
            return root;
        }

        public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
        {
            ParseResult parsed = CreateRoot(output).Parse(args);
            if (parsed.Errors.Count > 0)
            {
                error.WriteLine("nk-search: " + parsed.Errors[0].Message + " (see nk-search --help)");
                return ExitCodes.Usage;
            }
            try
            {
                // Signals are handled by the caller (Program), which owns the process.
                var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
                return await parsed.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
            }
            catch (UsageException e)
            {
                error.WriteLine("nk-search: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (MpfrUnavailableException e)
            {
                error.WriteLine("nk-search: " + e.Message);
                return ExitCodes.Environment;
            }
            catch (KernelCompilationException e)
            {
                error.WriteLine("nk-search: " + e.Message);
                return ExitCodes.Failed;
            }
            catch (Exception e) when (e is OperationCanceledException || e is AggregateException { InnerException: OperationCanceledException })
            {
                error.WriteLine("nk-search: cancelled.");
                return ExitCodes.Cancelled;
            }
        }
    }
}
