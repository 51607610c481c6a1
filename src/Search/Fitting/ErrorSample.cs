using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Numerics;
using NumericKernels.Search.Mpfr;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// Fast-path inputs with their exact function values (MPFR, kept as double-double), for measuring a simulated
    /// program's error in ULPs of <typeparamref name="T"/> without a reference call per evaluation.
    /// </summary>
    internal sealed class ErrorSample<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private readonly T[] _inputs;
        private readonly DoubleDouble[] _exact;
        private readonly double[] _ulp;

        private ErrorSample(T[] inputs, DoubleDouble[] exact)
        {
            _inputs = inputs;
            _exact = exact;
            BinaryFormat format = typeof(T) == typeof(float) ? BinaryFormat.Single : BinaryFormat.Double;
            _ulp = exact.Select(e => Math.ScaleB(1.0, (int)format.UlpExponent(e.Hi == 0 ? format.MinExponent : Math.ILogB(e.Hi)))).ToArray();
        }

        public int Count => _inputs.Length;

        /// <summary>
        /// Half the inputs strided by bit pattern over [low, high] (every binade), half uniform in value over
        /// [denseLow, denseHigh] (where the reduced argument sweeps its whole interval), all finite and distinct.
        /// </summary>
        public static ErrorSample<T> Create(MathFunctionId function, double low, double high, double denseLow, double denseHigh, int count, int seed)
        {
            var inputs = new HashSet<T>();
            bool single = typeof(T) == typeof(float);
            long first = single ? FloatOrdinals.ToOrdinal((float)low) : FloatOrdinals.ToOrdinal(low);
            long last = single ? FloatOrdinals.ToOrdinal((float)high) : FloatOrdinals.ToOrdinal(high);
            int strided = count / 2;
            for (int i = 0; i < strided; i++)
            {
                // In double: last - first overflows a long when the range spans most doubles of both signs.
                long ordinal = (long)((double)first + ((double)last - first) * i / Math.Max(1, strided - 1));
                ordinal = Math.Clamp(ordinal, first, last);
                inputs.Add(single ? T.CreateTruncating(FloatOrdinals.SingleFromOrdinal(ordinal)) : T.CreateTruncating(FloatOrdinals.DoubleFromOrdinal(ordinal)));
            }
            var random = new Random(seed);
            while (inputs.Count < count && denseHigh > denseLow)
            {
                T x = T.CreateTruncating(denseLow + (denseHigh - denseLow) * random.NextDouble());
                if (double.CreateTruncating(x) >= low && double.CreateTruncating(x) <= high) inputs.Add(x);
            }
            T[] ordered = inputs.Where(T.IsFinite).OrderBy(x => x).ToArray();
            var exact = new DoubleDouble[ordered.Length];
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(160);
            using var scratch = new MpfrFloat(160);
            for (int i = 0; i < ordered.Length; i++)
            {
                input.Set(double.CreateTruncating(ordered[i]));
                MpfrFunctions.Evaluate(function, value, input, scratch);
                exact[i] = ResidualEvaluator.ToDoubleDouble(value, scratch);
            }
            return new ErrorSample<T>(ordered, exact);
        }

        /// <summary>Largest error of an interpreted program over the sample, in ULPs of T at the exact value, and where.</summary>
        public (double MaxUlp, T WorstInput) MaxError(Programs.ProgramInterpreter interpreter)
        {
            var results = new T[_inputs.Length];
            if (typeof(T) == typeof(float))
            {
                interpreter.Evaluate(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(_inputs), System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(results.AsSpan()));
            }
            else
            {
                interpreter.Evaluate(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(_inputs), System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(results.AsSpan()));
            }
            int index = 0;
            return MaxError(_ => results[index++]);
        }

        /// <summary>Largest error of <paramref name="program"/> over the sample, in ULPs of T at the exact value, and where.</summary>
        public (double MaxUlp, T WorstInput) MaxError(Func<T, T> program)
        {
            double max = 0;
            T worst = T.Zero;
            for (int i = 0; i < _inputs.Length; i++)
            {
                double y = double.CreateTruncating(program(_inputs[i]));
                double error = Math.Abs((y - _exact[i].Hi) - _exact[i].Lo) / _ulp[i];
                if (!(error <= max))
                {
                    max = error;
                    worst = _inputs[i];
                    if (double.IsNaN(error)) return (double.PositiveInfinity, worst);
                }
            }
            return (max, worst);
        }
    }
}
