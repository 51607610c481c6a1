using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// <c>nk-search random-bits</c>: the words stochastic rounding draws (<see cref="StochasticRounding.RandomBits"/>), as
    /// raw little-endian 32-bit integers on standard output, for a statistical test suite to read, e.g.
    /// <c>nk-search random-bits --seed 1 | dieharder -a -g 200</c>.
    /// </summary>
    internal static class RandomBitsCommand
    {
        public static Command Create()
        {
            var seed = new Option<ulong>("--seed") { Description = "The stochastic-rounding seed.", DefaultValueFactory = _ => 1 };
            var start = new Option<long>("--start") { Description = "The first stream index.", DefaultValueFactory = _ => 0 };
            var count = new Option<long>("--count") { Description = "Words to write; 0 writes until the reader closes the pipe.", DefaultValueFactory = _ => 0 };
            var command = new Command("random-bits", "Write the random words of stochastic rounding for (seed, index), index = start, start + 1, ..., as raw little-endian uint32 to standard output.")
            {
                seed, start, count,
            };
            command.SetAction((parsed, cancellation) =>
            {
                long words = parsed.GetValue(count);
                if (words < 0) throw new UsageException("--count must not be negative.");
                return Task.FromResult(Write(parsed.GetValue(seed), parsed.GetValue(start), words, cancellation));
            });
            return command;
        }

        private static int Write(ulong seed, long start, long count, CancellationToken cancellation)
        {
            using Stream stdout = Console.OpenStandardOutput();
            var buffer = new byte[1 << 16];
            long index = start;
            try
            {
                while (count == 0 || index - start < count)
                {
                    cancellation.ThrowIfCancellationRequested();
                    int words = (int)Math.Min(buffer.Length / 4, count == 0 ? long.MaxValue : count - (index - start));
                    for (int i = 0; i < words; i++)
                    {
                        uint word = StochasticRounding.RandomBits(seed, index++);
                        buffer[4 * i] = (byte)word;
                        buffer[4 * i + 1] = (byte)(word >> 8);
                        buffer[4 * i + 2] = (byte)(word >> 16);
                        buffer[4 * i + 3] = (byte)(word >> 24);
                    }
                    stdout.Write(buffer, 0, 4 * words);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe: it has read what it wanted.
            }
            return ExitCodes.Success;
        }
    }
}
