using System;
using System.Threading.Tasks;
using NumericKernels.Search.Cli;

namespace NumericKernels.Search
{
    internal static class Program
    {
        public static Task<int> Main(string[] args) => NkSearchCli.RunAsync(args, Console.Out, Console.Error);
    }
}
