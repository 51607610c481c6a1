using System;
using System.Numerics;
using NumericKernels.Generators.Programs;

namespace NumericKernels.Search.Programs
{
    /// <summary>
    /// Runs a <see cref="KernelProgram"/> as its emitted scalar path does, bit for bit: guard ? fast : special, each
    /// operation the same IEEE operation. nk-search fit and evolve measure candidates with it instead of compiling each;
    /// the verifier, which compiles the emitted text, still has the last word.
    /// </summary>
    /// <remarks>
    /// Lanes are interpreted in columns: each instruction runs over a chunk of inputs before the next one starts, so the
    /// dispatch on the operation is paid once per chunk and the inner loops are plain. Values are held as their bits
    /// (float32 and int32 in the low half). Only the instructions the scalar path computes are run. One instance per
    /// thread: it owns its scratch columns.
    /// </remarks>
    internal sealed class ProgramInterpreter
    {
        public const int Chunk = 256;

        private readonly KernelProgram _program;
        private readonly CompiledBlock _fast;
        private readonly CompiledBlock? _guard;
        private readonly CompiledBlock? _special;
        private readonly ulong[] _input = new ulong[Chunk];
        private readonly ulong[] _result = new ulong[Chunk];
        private readonly ulong[] _guardLanes = new ulong[Chunk];

        public ProgramInterpreter(KernelProgram program)
        {
            _program = program;
            _fast = new CompiledBlock(program, program.Fast);
            _guard = program.Guard is null ? null : new CompiledBlock(program, program.Guard);
            _special = program.Special is null ? null : new CompiledBlock(program, program.Special);
        }

        public KernelProgram Program => _program;

        public float Evaluate(float x)
        {
            Span<float> y = stackalloc float[1];
            Evaluate(new ReadOnlySpan<float>(in x), y);
            return y[0];
        }

        public double Evaluate(double x)
        {
            Span<double> y = stackalloc double[1];
            Evaluate(new ReadOnlySpan<double>(in x), y);
            return y[0];
        }

        public void Evaluate(ReadOnlySpan<float> x, Span<float> y)
        {
            RequireElement(LaneType.Float32);
            for (int start = 0; start < x.Length; start += Chunk)
            {
                int n = Math.Min(Chunk, x.Length - start);
                for (int i = 0; i < n; i++) _input[i] = (uint)BitConverter.SingleToInt32Bits(x[start + i]);
                Run(n);
                for (int i = 0; i < n; i++) y[start + i] = BitConverter.Int32BitsToSingle((int)_result[i]);
            }
        }

        public void Evaluate(ReadOnlySpan<double> x, Span<double> y)
        {
            RequireElement(LaneType.Float64);
            for (int start = 0; start < x.Length; start += Chunk)
            {
                int n = Math.Min(Chunk, x.Length - start);
                for (int i = 0; i < n; i++) _input[i] = (ulong)BitConverter.DoubleToInt64Bits(x[start + i]);
                Run(n);
                for (int i = 0; i < n; i++) y[start + i] = BitConverter.Int64BitsToDouble((long)_result[i]);
            }
        }

        /// <summary>Typed entry for generic callers (T is float or double).</summary>
        public T Evaluate<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => typeof(T) == typeof(float) ? T.CreateTruncating(Evaluate(float.CreateTruncating(x))) : T.CreateTruncating(Evaluate(double.CreateTruncating(x)));

        private void RequireElement(LaneType type)
        {
            if (_program.ElementType != type) throw new ArgumentException($"The program computes in {_program.ElementType}, not {type}.");
        }

        private void Run(int n)
        {
            ReadOnlySpan<ulong> input = _input.AsSpan(0, n);
            Span<ulong> result = _result.AsSpan(0, n);
            _fast.Run(input, n).CopyTo(result);
            if (_guard is null || _special is null) return;
            Span<ulong> guard = _guardLanes.AsSpan(0, n);
            _guard.Run(input, n).CopyTo(guard);
            if (!guard.Contains(0UL)) return;
            // The scalar path is guard ? fast : special per element.
            ReadOnlySpan<ulong> special = _special.Run(input, n);
            for (int i = 0; i < n; i++)
            {
                if (guard[i] == 0) result[i] = special[i];
            }
        }
    }
}
